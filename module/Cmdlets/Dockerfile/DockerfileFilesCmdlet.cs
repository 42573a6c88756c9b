using System.Management.Automation;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// Base of the cmdlets that work on Dockerfiles on disk (Test-Dockerfile, Format-Dockerfile): the -Path / -LiteralPath /
/// -Recurse parameters, resolving them the PowerShell way, and visiting each Dockerfile once even when several paths
/// name it. A path that does not exist is an error for that path and the others are still processed.
/// </summary>
public abstract class DockerfileFilesCmdlet : PSCmdlet
{
    /// <summary>The parameter set of -Path.</summary>
    protected const string ByPath = "Path";

    /// <summary>The parameter set of -LiteralPath.</summary>
    protected const string ByLiteralPath = "LiteralPath";

    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

    /// <summary>
    /// <para type="description">Dockerfiles, or directories to search for Dockerfiles. Wildcards are allowed. Default: the current directory.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByPath, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Path { get; set; }

    /// <summary>
    /// <para type="description">Dockerfiles or directories, taken exactly as written (no wildcards). Get-ChildItem output binds here by its PSPath.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByLiteralPath, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = [];

    /// <summary>
    /// <para type="description">Searches the subdirectories of the directories given, too (hidden ones are skipped).</para>
    /// </summary>
    [Parameter(ParameterSetName = ByPath)]
    [Parameter(ParameterSetName = ByLiteralPath)]
    public SwitchParameter Recurse { get; set; }

    /// <summary>
    /// Calls <paramref name="process"/> for every Dockerfile the current pipeline input names (each file once per
    /// command), in the order given and, within a directory, in ordinal path order.
    /// </summary>
    protected void ForEachDockerfile(Action<string> process)
    {
        bool literal = ParameterSetName == ByLiteralPath;
        foreach (string path in literal ? LiteralPath : Path ?? ["."])
        {
            IReadOnlyList<string> resolved;
            try
            {
                resolved = DockerfileFiles.Resolve(this, path, literal);
            }
            catch (ItemNotFoundException e)
            {
                WritePathError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
                continue;
            }
            catch (ArgumentException e)
            {
                WritePathError(new ErrorRecord(e, ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, path));
                continue;
            }

            foreach (string item in resolved)
            {
                foreach (string file in Directory.Exists(item) ? DockerfileFiles.InDirectory(item, Recurse) : [item])
                {
                    if (_visited.Add(file))
                    {
                        process(file);
                    }
                }
            }
        }
    }

    /// <summary>Writes the error of a path that names nothing usable; a cmdlet that keeps a verdict overrides it to record the failure too.</summary>
    protected virtual void WritePathError(ErrorRecord error) => WriteError(error);
}

using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Copies files and directories between a container and the host, like docker cp.</para>
/// <para type="description">With -FromContainer, -Path is a path in the container and -Destination a host path; with
/// -ToContainer, -Path is a host path (wildcards allowed) and -Destination a path in the container. docker cp's rules
/// apply: a destination that is an existing directory receives the item under its own name, otherwise the item is
/// copied as the destination (whose parent must exist); a source ending in /. copies a directory's contents.
/// Directories are copied whole, file modes and modification times are kept, symbolic links are copied as links, and
/// files hard-linked to each other in the container are hard links on the host too (as docker cp leaves them).
/// Copying from a container never writes outside the destination: archive entries with absolute names or '..',
/// entries that would be written through a symbolic link, and hard links to files outside the copy are refused, each
/// reported as a SecurityError (UnsafeArchiveEntry) while the rest is copied. The container may be stopped.</para>
/// </summary>
/// <example>
///   <code>Copy-ContainerItem -FromContainer web -Path /etc/nginx -Destination ./nginx-config</code>
///   <para>Copies the directory /etc/nginx of the container web to ./nginx-config (created if missing).</para>
/// </example>
/// <example>
///   <code>Copy-ContainerItem ./site/* -ToContainer web -Destination /usr/share/nginx/html</code>
///   <para>Copies every item of ./site into the directory /usr/share/nginx/html of the container.</para>
/// </example>
/// <example>
///   <code>Copy-ContainerItem -FromContainer job -Path /out/. -Destination ./results -PassThru</code>
///   <para>Copies the contents of /out into ./results and reports how many files and bytes were written.</para>
/// </example>
[Cmdlet(VerbsCommon.Copy, "ContainerItem", SupportsShouldProcess = true, DefaultParameterSetName = FromSet)]
[OutputType(typeof(ContainerCopyResult))]
public sealed class CopyContainerItemCommand : ContainersCmdlet
{
    private const string FromSet = "FromContainer";
    private const string ToSet = "ToContainer";

    /// <summary>
    /// <para type="description">What to copy: paths in the container (-FromContainer, absolute) or host paths (-ToContainer, wildcards allowed).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    /// <summary>
    /// <para type="description">Where to copy to: a host path (-FromContainer) or an absolute path in the container (-ToContainer).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Destination { get; set; } = "";

    /// <summary>
    /// <para type="description">The container to copy from (name or id).</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = FromSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string FromContainer { get; set; } = "";

    /// <summary>
    /// <para type="description">The container to copy to (name or id).</para>
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = ToSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string ToContainer { get; set; } = "";

    /// <summary>
    /// <para type="description">Writes an object per copied path with what was written.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        if (ParameterSetName == FromSet)
        {
            string destination = GetUnresolvedProviderPathFromPSPath(Destination);
            foreach (string path in Path)
            {
                await CopyFromAsync(engine, path, destination, cancellationToken);
            }
            return;
        }
        foreach (string pattern in Path)
        {
            foreach (string source in ResolveHostPaths(pattern))
            {
                await CopyToAsync(engine, source, cancellationToken);
            }
        }
    }

    private async Task CopyFromAsync(EngineClient engine, string path, string destination, CancellationToken cancellationToken)
    {
        if (!ShouldProcess($"{path} in container '{FromContainer}' → {destination}", "Copy"))
        {
            return;
        }
        try
        {
            CopyResult result = await engine.Containers.CopyFromContainerAsync(FromContainer, path, destination, cancellationToken);
            foreach (SkippedEntry skipped in result.Skipped)
            {
                if (skipped.IsUnsafe)
                {
                    WriteError(new ErrorRecord(new UnauthorizedAccessException($"Refused the archive entry '{skipped.Name}': {skipped.Reason}."),
                        ErrorIds.UnsafeArchiveEntry, ErrorCategory.SecurityError, skipped.Name));
                }
                else
                {
                    WriteWarning($"Not copied: '{skipped.Name}': {skipped.Reason}.");
                }
            }
            if (PassThru)
            {
                WriteObject(new ContainerCopyResult(FromContainer, path, result.Destination, FromSet, result.Files, result.Directories, result.SymbolicLinks, result.Bytes));
            }
        }
        catch (EngineNotFoundException e) when (!e.Message.Contains("No such container", StringComparison.OrdinalIgnoreCase))
        {
            WriteError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.ContainerNotFound, FromContainer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            WriteError(new ErrorRecord(e, ErrorIds.CopyFailed, e is UnauthorizedAccessException ? ErrorCategory.PermissionDenied : ErrorCategory.WriteError, path));
        }
    }

    private async Task CopyToAsync(EngineClient engine, string source, CancellationToken cancellationToken)
    {
        if (!ShouldProcess($"{source} → {Destination} in container '{ToContainer}'", "Copy"))
        {
            return;
        }
        try
        {
            CopyResult result = await engine.Containers.CopyToContainerAsync(ToContainer, source, Destination, cancellationToken);
            if (PassThru)
            {
                WriteObject(new ContainerCopyResult(ToContainer, source, result.Destination, ToSet, 0, 0, 0, 0));
            }
        }
        catch (EngineNotFoundException e) when (!e.Message.Contains("No such container", StringComparison.OrdinalIgnoreCase))
        {
            WriteError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, Destination));
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.ContainerNotFound, ToContainer);
        }
        catch (FileNotFoundException e)
        {
            WriteError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, source));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            WriteError(new ErrorRecord(e, ErrorIds.CopyFailed, e is UnauthorizedAccessException ? ErrorCategory.PermissionDenied : ErrorCategory.WriteError, source));
        }
    }

    // Host sources: wildcards expand through the provider, as Copy-Item does; a path without wildcards that does not
    // exist is passed on so the error names it. A trailing /. (contents only) is kept.
    private IEnumerable<string> ResolveHostPaths(string pattern)
    {
        bool contents = pattern.EndsWith("/.", StringComparison.Ordinal);
        string bare = contents ? pattern[..^2] : pattern;
        if (!WildcardPattern.ContainsWildcardCharacters(bare))
        {
            string full = GetUnresolvedProviderPathFromPSPath(bare);
            return [contents ? full + "/." : full];
        }
        try
        {
            return GetResolvedProviderPathFromPSPath(bare, out _).Select(p => contents ? p + "/." : p).ToArray();
        }
        catch (ItemNotFoundException e)
        {
            WriteError(new ErrorRecord(e, ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, pattern));
            return [];
        }
    }
}

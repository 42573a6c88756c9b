using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Exports a container's file system to a tar file, like docker export.</para>
/// <para type="description">Streams the archive from the engine straight to the file in small chunks, so memory
/// stays flat whatever the size, with a progress bar of the bytes written. An existing file is refused unless
/// -Force. A failed export removes the partial file.</para>
/// </summary>
/// <example>
///   <code>Export-Container web -Path ./web.tar</code>
///   <para>Writes the file system of the container web to web.tar.</para>
/// </example>
[Cmdlet(VerbsData.Export, "Container", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(FileInfo))]
public sealed class ExportContainerCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">The container's name or id.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string Name { get; set; } = "";

    /// <summary>
    /// <para type="description">The container, from Get-Container.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    [ValidateNotNull]
    public ContainerInfo? InputObject { get; set; }

    /// <summary>
    /// <para type="description">The tar file to write.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = "";

    /// <summary>
    /// <para type="description">Overwrites an existing file.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        string reference = InputObject?.Id ?? Name;
        string display = InputObject?.Name ?? Name;
        string path = GetUnresolvedProviderPathFromPSPath(Path);
        if (File.Exists(path) && !Force)
        {
            WriteError(new ErrorRecord(new IOException($"The file '{path}' exists; use -Force to overwrite it."), ErrorIds.FileExists, ErrorCategory.ResourceExists, path));
            return;
        }
        if (!ShouldProcess(path, $"Export container '{display}'"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        var progress = new ProgressRecord(1, $"Exporting container '{display}'", path);
        long lastReported = 0;
        var reporter = new Progress<long>();
        bool completed = false;
        try
        {
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                // Progress<T> posts to the pipeline thread's context: WriteProgress is safe there.
                reporter.ProgressChanged += (_, bytes) =>
                {
                    if (bytes - lastReported >= 4 * 1024 * 1024)
                    {
                        lastReported = bytes;
                        progress.StatusDescription = $"{DisplayFormat.Size(bytes)} written";
                        WriteProgress(progress);
                    }
                };
                await engine.Containers.ExportAsync(reference, file, reporter, cancellationToken);
            }
            completed = true;
            progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(progress);
            WriteObject(new FileInfo(path));
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.ContainerNotFound, display);
        }
        finally
        {
            if (!completed)
            {
                File.Delete(path);
            }
        }
    }
}

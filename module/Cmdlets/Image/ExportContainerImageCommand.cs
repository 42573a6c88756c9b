using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Saves images to a tar file, like docker save.</para>
/// <para type="description">Writes every image given (all pipeline input goes into one archive, with tags and layers)
/// to a docker save archive that Import-ContainerImage or docker load reads back. The archive streams from the engine
/// to the file in small chunks, so memory stays flat whatever the size, with a progress bar of the bytes written. An
/// existing file is refused unless -Force. A failed save removes the partial file.</para>
/// </summary>
/// <example>
///   <code>Export-ContainerImage containers-test/busybox:latest -Path ./busybox.tar</code>
///   <para>Saves the test image to busybox.tar.</para>
/// </example>
/// <example>
///   <code>Get-ContainerImage team/* | Export-ContainerImage -Path ./team.tar</code>
///   <para>Saves every image of the team repositories into one archive.</para>
/// </example>
[Cmdlet(VerbsData.Export, "ContainerImage", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportContainerImageCommand : ContainersCmdlet
{
    private readonly List<string> _references = [];

    /// <summary>
    /// <para type="description">References or ids of the images (image objects bind by their Id).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Reference", "Id")]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = [];

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
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        _references.AddRange(Name);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
    {
        if (_references.Count == 0)
        {
            return;
        }
        string path = GetUnresolvedProviderPathFromPSPath(Path);
        if (File.Exists(path) && !Force)
        {
            WriteError(new ErrorRecord(new IOException($"The file '{path}' exists; use -Force to overwrite it."), ErrorIds.FileExists, ErrorCategory.ResourceExists, path));
            return;
        }
        string[] references = _references.Distinct(StringComparer.Ordinal).ToArray();
        if (!ShouldProcess(path, $"Save image(s) {string.Join(", ", references)}"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        var progress = new ProgressRecord(1, $"Saving {string.Join(", ", references)}", path);
        long lastReported = 0;
        var reporter = new Progress<long>();
        bool completed = false;
        // A temporary name beside the target: a failed save must not clobber an existing archive taken with -Force.
        string partial = path + ".partial-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                reporter.ProgressChanged += (_, bytes) =>
                {
                    if (bytes - lastReported >= 8 * 1024 * 1024)
                    {
                        lastReported = bytes;
                        progress.StatusDescription = $"{DisplayFormat.Size(bytes)} written";
                        WriteProgress(progress);
                    }
                };
                await engine.Images.SaveAsync(references, file, reporter, cancellationToken);
            }
            File.Move(partial, path, overwrite: true);
            completed = true;
            WriteObject(new FileInfo(path));
        }
        catch (Exception e) when (e is EngineException or ArgumentException)
        {
            WriteEngineError(e, ErrorIds.ImageNotFound, string.Join(", ", references));
        }
        finally
        {
            if (!completed)
            {
                File.Delete(partial);
            }
            if (lastReported > 0)
            {
                progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(progress);
            }
        }
    }
}

using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Loads images from a tar file, like docker load.</para>
/// <para type="description">Sends a docker save archive (from Export-ContainerImage or docker save) to the engine,
/// streamed from the file (memory stays flat), with progress for the bytes sent and each layer loaded, and outputs the
/// loaded images. A file that is not an image archive is an error naming the daemon's reason.</para>
/// </summary>
/// <example>
///   <code>Import-ContainerImage ./busybox.tar</code>
///   <para>Loads the images saved in busybox.tar and shows them.</para>
/// </example>
[Cmdlet(VerbsData.Import, "ContainerImage", SupportsShouldProcess = true)]
[OutputType(typeof(ContainerImageInfo))]
public sealed class ImportContainerImageCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">The tar files to load (FileInfo objects bind by FullName).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        foreach (string input in Path)
        {
            string path = GetUnresolvedProviderPathFromPSPath(input);
            if (!File.Exists(path))
            {
                WriteError(new ErrorRecord(new FileNotFoundException($"The file '{path}' does not exist.", path), ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, path));
                continue;
            }
            if (!ShouldProcess(path, "Load images"))
            {
                continue;
            }
            EngineClient engine = await GetEngineAsync(cancellationToken);
            var progress = new TransferProgressWriter(this, 1, $"Loading {System.IO.Path.GetFileName(path)}");
            var loaded = new List<string>();
            try
            {
                await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                long length = file.Length;
                int lastPercent = -1;
                var sent = new Progress<long>(bytes =>
                {
                    int percent = length > 0 ? (int)(bytes * 100 / length) : 100;
                    if (percent != lastPercent)
                    {
                        lastPercent = percent;
                        progress.Report($"{DisplayFormat.Size(bytes)} of {DisplayFormat.Size(length)} sent", percent);
                    }
                });
                await foreach (JsonMessage message in engine.Images.LoadAsync(file, sent, cancellationToken))
                {
                    progress.Apply(message);
                    if (message.Stream?.Trim() is { Length: > 0 } line)
                    {
                        WriteVerbose(line);
                        if (line.StartsWith("Loaded image: ", StringComparison.Ordinal))
                        {
                            loaded.Add(line["Loaded image: ".Length..].Trim());
                        }
                        else if (line.StartsWith("Loaded image ID: ", StringComparison.Ordinal))
                        {
                            loaded.Add(line["Loaded image ID: ".Length..].Trim());
                        }
                    }
                }
                progress.Complete();
                await WriteLoadedAsync(engine, loaded, cancellationToken);
            }
            catch (Exception e) when (e is EngineException or IOException)
            {
                WriteEngineError(e, ErrorIds.InvalidArgument, path);
            }
            finally
            {
                progress.Complete();
            }
        }
    }

    private async Task WriteLoadedAsync(EngineClient engine, List<string> loaded, CancellationToken cancellationToken)
    {
        if (loaded.Count == 0)
        {
            return;
        }
        IReadOnlyList<ImageSummary> images = await engine.Images.ListAsync(new ListImagesOptions(), cancellationToken);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (string reference in loaded)
        {
            ImageSummary? image = images.FirstOrDefault(i => i.Id == reference || i.RepoTags.Contains(reference, StringComparer.Ordinal));
            if (image is not null && written.Add(image.Id))
            {
                WriteObject(new ContainerImageInfo(image, ContextName, Endpoint.Url));
            }
        }
    }
}

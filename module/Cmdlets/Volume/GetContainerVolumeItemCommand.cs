using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Lists the files inside a volume, like Get-ChildItem for a volume.</para>
/// <para type="description">Lists what a volume holds without you creating a helper container by hand: the cmdlet runs a
/// short-lived container that mounts the volume read-only, without network, lists the path with find and stat, and is
/// always removed afterwards. The helper image must already be on the engine (nothing is pulled) and have sh, find and
/// stat: -Image names it; by default the first local busybox or alpine image is used.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerVolumeItem data</code>
///   <para>Lists the top level of the volume 'data'.</para>
/// </example>
/// <example>
///   <code>Get-ContainerVolumeItem data -Path logs -Recurse | Where-Object Length -gt 1MB</code>
///   <para>Finds the large files under logs/ in the volume.</para>
/// </example>
/// <example>
///   <code>Get-ContainerVolume app-* | Get-ContainerVolumeItem -Image alpine:3.20</code>
///   <para>Lists several volumes with a chosen helper image.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerVolumeItem")]
[OutputType(typeof(ContainerVolumeItem))]
public sealed class GetContainerVolumeItemCommand : ContainersCmdlet
{
    private string? _image;

    /// <summary>
    /// <para type="description">Names of the volumes to list.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("VolumeName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.VolumeNameCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">The path inside the volume, relative to its root. Default: the root. A file lists just that file.</para>
    /// </summary>
    [Parameter(Position = 1)]
    public string? Path { get; set; }

    /// <summary>
    /// <para type="description">Lists the whole tree under the path, not only its direct children.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Recurse { get; set; }

    /// <summary>
    /// <para type="description">The image to run the helper from; it must be on the engine already and have sh, find and stat.
    /// Default: the first local image named busybox or alpine (any registry or namespace).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Image { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        _image ??= await ChooseImageAsync(engine, cancellationToken);
        foreach (string name in Name)
        {
            try
            {
                IReadOnlyList<VolumeItem> items = await engine.Volumes.ListItemsAsync(name,
                    new ListVolumeItemsOptions { Image = _image, Path = Path, Recurse = Recurse }, cancellationToken);
                foreach (VolumeItem item in items.OrderBy(i => i.Path, StringComparer.Ordinal))
                {
                    WriteObject(new ContainerVolumeItem(item));
                }
            }
            catch (FileNotFoundException e)
            {
                WriteError(EngineErrors.NotFound(ErrorIds.VolumeItemNotFound, e.Message, Path ?? "/"));
            }
            catch (EngineNotFoundException)
            {
                WriteError(EngineErrors.NotFound(ErrorIds.VolumeNotFound, $"No volume named '{name}' was found at {Endpoint.Url}.", name));
            }
            catch (Exception e) when (e is EngineException or ArgumentException)
            {
                WriteEngineError(e, ErrorIds.VolumeNotFound, name);
            }
        }
    }

    private async Task<string> ChooseImageAsync(EngineClient engine, CancellationToken cancellationToken)
    {
        IReadOnlyList<ImageSummary> images;
        try
        {
            images = await engine.Images.ListAsync(new ListImagesOptions(), cancellationToken);
        }
        catch (EngineException e)
        {
            ThrowTerminatingError(EngineErrors.ToErrorRecord(e, ErrorIds.HelperImageNotFound, Image));
            throw; // not reached
        }
        string[] tags = images.SelectMany(i => i.RepoTags).ToArray();
        if (Image is not null)
        {
            bool present = tags.Contains(Image, StringComparer.Ordinal) || tags.Contains(Image + ":latest", StringComparer.Ordinal)
                || images.Any(i => Ids.Bare(i.Id).StartsWith(Ids.Bare(Image), StringComparison.OrdinalIgnoreCase));
            if (!present)
            {
                ThrowHelperImageNotFound($"The helper image '{Image}' is not on the engine at {Endpoint.Url}; nothing is pulled. Pull it first or pass another -Image.");
            }
            return Image;
        }
        // Prefer busybox (smallest), then alpine; the repository's last segment decides, so mirrors count too.
        foreach (string wanted in (string[])["busybox", "alpine"])
        {
            string? found = tags
                .Where(t => RepositoryName(t) == wanted)
                .OrderBy(t => t.EndsWith(":latest", StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(t => t, StringComparer.Ordinal)
                .FirstOrDefault();
            if (found is not null)
            {
                WriteVerbose($"Listing through a helper container from '{found}'.");
                return found;
            }
        }
        ThrowHelperImageNotFound($"No busybox or alpine image is on the engine at {Endpoint.Url} to run the helper container from, and nothing is pulled. " +
            "Pull one (docker pull busybox) or pass -Image with a local image that has sh, find and stat.");
        return ""; // not reached
    }

    private static string RepositoryName(string tag)
    {
        int colon = tag.LastIndexOf(':');
        string repository = colon > tag.LastIndexOf('/') ? tag[..colon] : tag;
        return repository[(repository.LastIndexOf('/') + 1)..];
    }

    private void ThrowHelperImageNotFound(string message) =>
        ThrowTerminatingError(new ErrorRecord(new ItemNotFoundException(message), ErrorIds.HelperImageNotFound, ErrorCategory.ObjectNotFound, Image));
}

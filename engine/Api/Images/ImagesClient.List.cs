using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ImagesClient.ListAsync"/>.</summary>
public sealed record ListImagesOptions
{
    /// <summary>True includes intermediate images (<c>docker images -a</c>). Default false.</summary>
    public bool All { get; init; }

    /// <summary>True keeps only dangling images, false drops them, null keeps both.</summary>
    public bool? Dangling { get; init; }

    /// <summary>Keep images with all of these labels: <c>key</c> or <c>key=value</c>.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Keep images matching one of these references (<c>repo</c>, <c>repo:tag</c>; the daemon's glob rules).</summary>
    public IReadOnlyList<string>? References { get; init; }
}

public sealed partial class ImagesClient
{
    /// <summary>Lists images (<c>GET /images/json</c>).</summary>
    public async Task<IReadOnlyList<ImageSummary>> ListAsync(ListImagesOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters()
            .Add("dangling", options.Dangling is { } dangling ? (dangling ? "true" : "false") : null)
            .Add("label", options.Labels)
            .Add("reference", options.References);
        var query = new Query().Add("all", options.All ? true : null).AddFilters(filters);
        List<ImageSummaryWire> wire = await _http.GetJsonAsync("images/json", query, EngineJsonContext.Default.ListImageSummaryWire, cancellationToken).ConfigureAwait(false);
        return wire.ConvertAll(ToModel);
    }

    // Shared with the disk-usage call, which reports images in the same shape.
    internal static ImageSummary ToModel(ImageSummaryWire w) => new()
    {
        Id = w.Id,
        ParentId = w.ParentId ?? "",
        // Old daemons report dangling images as "<none>:<none>"; we report no tags instead.
        RepoTags = w.RepoTags?.Where(t => t != "<none>:<none>").ToArray() ?? [],
        RepoDigests = w.RepoDigests?.Where(d => d != "<none>@<none>").ToArray() ?? [],
        Created = DateTimeOffset.FromUnixTimeSeconds(w.Created),
        Size = w.Size,
        SharedSize = w.SharedSize,
        Labels = w.Labels ?? [],
        Containers = w.Containers,
    };
}

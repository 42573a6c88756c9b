using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ImagesClient.PruneAsync"/>.</summary>
public sealed record PruneImagesOptions
{
    /// <summary>False (default): only dangling images (no tag). True: every image no container uses (<c>-a</c>).</summary>
    public bool All { get; init; }

    /// <summary>Only images with all of these labels: <c>key</c> or <c>key=value</c>. Null: any.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Only images created before this time; null: any age.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }
}

public sealed partial class ImagesClient
{
    /// <summary>Removes dangling images, or with <see cref="PruneImagesOptions.All"/> every unused one (<c>POST /images/prune</c>).</summary>
    public async Task<PruneResult> PruneAsync(PruneImagesOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters()
            .Add("dangling", options.All ? "false" : "true")
            .Add("label", options.Labels)
            .Add("until", NetworksClient.Until(options.CreatedBefore));
        PruneWire wire = await _http.SendForJsonAsync(HttpMethod.Post, "images/prune", new Query().AddFilters(filters), EngineJsonContext.Default.PruneWire, cancellationToken).ConfigureAwait(false);
        List<ImageDeleteWire> deleted = wire.ImagesDeleted ?? [];
        return new PruneResult
        {
            Deleted = deleted.Where(d => !string.IsNullOrEmpty(d.Deleted)).Select(d => d.Deleted!).ToArray(),
            Untagged = deleted.Where(d => !string.IsNullOrEmpty(d.Untagged)).Select(d => d.Untagged!).ToArray(),
            SpaceReclaimed = wire.SpaceReclaimed,
        };
    }
}

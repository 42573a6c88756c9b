using Containers.Engine.Api.Wire;
using Containers.Engine.Connection;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="VolumesClient.PruneAsync"/>.</summary>
public sealed record PruneVolumesOptions
{
    /// <summary>Only volumes with all of these labels: <c>key</c> or <c>key=value</c>. Null: any.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>
    /// Also named volumes. Daemons with API 1.42+ prune only anonymous volumes unless asked; older ones always
    /// prune named ones too, whatever this says. Default false.
    /// </summary>
    public bool All { get; init; }
}

public sealed partial class VolumesClient
{
    /// <summary>Removes unused volumes and their data (<c>POST /volumes/prune</c>).</summary>
    public async Task<PruneResult> PruneAsync(PruneVolumesOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters().Add("label", options.Labels);
        if (options.All && _http.Version is { } version && version.IsAtLeast(new ApiVersion(1, 42)))
        {
            filters.Add("all", "true");
        }
        PruneWire wire = await _http.SendForJsonAsync(HttpMethod.Post, "volumes/prune", new Query().AddFilters(filters), EngineJsonContext.Default.PruneWire, cancellationToken).ConfigureAwait(false);
        return new PruneResult { Deleted = wire.VolumesDeleted ?? [], SpaceReclaimed = wire.SpaceReclaimed };
    }
}

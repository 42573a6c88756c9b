using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ContainersClient.PruneAsync"/>.</summary>
public sealed record PruneContainersOptions
{
    /// <summary>Only containers with all of these labels (<c>key</c> or <c>key=value</c>).</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Only containers created before this long ago (the daemon's <c>until</c> filter).</summary>
    public TimeSpan? OlderThan { get; init; }
}

public sealed partial class ContainersClient
{
    /// <summary>Removes every stopped container matching the options (<c>POST /containers/prune</c>).</summary>
    public async Task<PruneResult> PruneAsync(PruneContainersOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters()
            .Add("label", options.Labels)
            .Add("until", options.OlderThan is { } age ? $"{(long)age.TotalSeconds}s" : null);
        ContainerPruneWire wire = await _http.SendForJsonAsync(HttpMethod.Post, "containers/prune", new Query().AddFilters(filters),
            EngineJsonContext.Default.ContainerPruneWire, cancellationToken).ConfigureAwait(false);
        return new PruneResult { Deleted = wire.ContainersDeleted ?? [], SpaceReclaimed = wire.SpaceReclaimed };
    }
}

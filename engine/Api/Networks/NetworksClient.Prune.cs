using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="NetworksClient.PruneAsync"/>.</summary>
public sealed record PruneNetworksOptions
{
    /// <summary>Only networks with all of these labels: <c>key</c> or <c>key=value</c>. Null: any.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Only networks created before this time; null: any age.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }
}

public sealed partial class NetworksClient
{
    /// <summary>Removes every network no container uses (<c>POST /networks/prune</c>); predefined ones are kept.</summary>
    public async Task<PruneResult> PruneAsync(PruneNetworksOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters().Add("label", options.Labels).Add("until", Until(options.CreatedBefore));
        PruneWire wire = await _http.SendForJsonAsync(HttpMethod.Post, "networks/prune", new Query().AddFilters(filters), EngineJsonContext.Default.PruneWire, cancellationToken).ConfigureAwait(false);
        return new PruneResult { Deleted = wire.NetworksDeleted ?? [] };
    }

    internal static string? Until(DateTimeOffset? time) =>
        time?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}

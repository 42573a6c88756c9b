using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="NetworksClient.ListAsync"/>. Null or empty means "no filter".</summary>
public sealed record ListNetworksOptions
{
    /// <summary>Keep networks with all of these labels: <c>key</c> or <c>key=value</c>.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Keep networks of this driver.</summary>
    public string? Driver { get; init; }

    /// <summary>True keeps only networks no container uses (never the predefined bridge/host/none); null: all.</summary>
    public bool? Dangling { get; init; }
}

public sealed partial class NetworksClient
{
    /// <summary>Lists networks (<c>GET /networks</c>), ordered by name. The list call does not report attached containers.</summary>
    public async Task<IReadOnlyList<NetworkDetails>> ListAsync(ListNetworksOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters()
            .Add("label", options.Labels)
            .Add("driver", options.Driver)
            .Add("dangling", options.Dangling is { } dangling ? (dangling ? "true" : "false") : null);
        List<NetworkWire> wire = await _http.GetJsonAsync("networks", new Query().AddFilters(filters), EngineJsonContext.Default.ListNetworkWire, cancellationToken).ConfigureAwait(false);
        return wire.ConvertAll(ToModel).OrderBy(n => n.Name, StringComparer.Ordinal).ToArray();
    }
}

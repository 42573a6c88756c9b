using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ServicesClient.ListAsync"/>: the daemon's filters, all optional.</summary>
public sealed record ListServicesOptions
{
    /// <summary>Keep services whose name starts with one of these (the daemon's name filter is a prefix match).</summary>
    public IReadOnlyList<string>? Names { get; init; }

    /// <summary>Keep services whose id starts with one of these.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Keep services with all of these labels: <c>key</c> or <c>key=value</c>.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Keep services of this mode: <c>replicated</c> or <c>global</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>Any other daemon filter, name to values (<c>docker service ls --filter name=value</c>), added to those above.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters { get; init; }
}

public sealed partial class ServicesClient
{
    /// <summary>
    /// Lists services (<c>GET /services</c>), with their running and desired task counts where the API reports them
    /// (1.41 and later), as <c>docker service ls</c> shows REPLICAS.
    /// </summary>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is no swarm manager.</exception>
    public async Task<IReadOnlyList<ServiceSummary>> ListAsync(ListServicesOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters()
            .Add("name", options.Names)
            .Add("id", options.Ids)
            .Add("label", options.Labels)
            .Add("mode", options.Mode);
        foreach ((string name, IReadOnlyList<string> values) in options.Filters ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            filters.Add(name, values);
        }
        Query query = new Query().AddFilters(filters).Add("status", _http.SupportsApi(1, 41) ? true : null);
        List<ServiceWire> wire = await _http.GetJsonAsync("services", query, EngineJsonContext.Default.ListServiceWire, cancellationToken).ConfigureAwait(false);
        return wire.ConvertAll(ServiceMapping.ToModel);
    }
}

using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="NodesClient.ListAsync"/>: the daemon's filters, all optional.</summary>
public sealed record ListNodesOptions
{
    /// <summary>Keep nodes of this role: <c>manager</c> or <c>worker</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Keep nodes whose name or host name starts with one of these.</summary>
    public IReadOnlyList<string>? Names { get; init; }

    /// <summary>Keep nodes whose id starts with one of these.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Keep nodes with all of these node labels: <c>key</c> or <c>key=value</c>.</summary>
    public IReadOnlyList<string>? Labels { get; init; }
}

public sealed partial class NodesClient
{
    /// <summary>Lists the nodes of the swarm (<c>GET /nodes</c>), by host name.</summary>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is no swarm manager.</exception>
    public async Task<IReadOnlyList<SwarmNode>> ListAsync(ListNodesOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters()
            .Add("role", options.Role)
            .Add("name", options.Names)
            .Add("id", options.Ids)
            .Add("node.label", options.Labels);
        List<NodeWire> wire = await _http.GetJsonAsync("nodes", new Query().AddFilters(filters), EngineJsonContext.Default.ListNodeWire, cancellationToken).ConfigureAwait(false);
        return wire.ConvertAll(ToModel).OrderBy(n => n.Hostname, StringComparer.Ordinal).ToList();
    }

    internal static SwarmNode ToModel(NodeWire wire) => new()
    {
        Id = wire.ID,
        Hostname = wire.Description?.Hostname ?? "",
        Name = wire.Spec?.Name ?? "",
        Role = wire.Spec?.Role ?? "",
        Availability = wire.Spec?.Availability ?? "",
        State = wire.Status?.State ?? "",
        Address = wire.Status?.Addr ?? "",
        ManagerReachability = wire.ManagerStatus?.Reachability,
        IsLeader = wire.ManagerStatus?.Leader ?? false,
        EngineVersion = wire.Description?.Engine?.EngineVersion ?? "",
        OperatingSystem = wire.Description?.Platform?.OS ?? "",
        Architecture = wire.Description?.Platform?.Architecture ?? "",
        NanoCpus = wire.Description?.Resources?.NanoCPUs ?? 0,
        MemoryBytes = wire.Description?.Resources?.MemoryBytes ?? 0,
        Labels = wire.Spec?.Labels ?? [],
        Version = wire.Version?.Index ?? 0,
        CreatedAt = SwarmTimes.Parse(wire.CreatedAt),
        UpdatedAt = SwarmTimes.Parse(wire.UpdatedAt),
    };
}

using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ContainersClient.ListAsync"/>. Null or empty means "no filter".</summary>
public sealed record ListContainersOptions
{
    /// <summary>True lists stopped containers too (<c>docker ps -a</c>). Default false: running only.</summary>
    public bool All { get; init; }

    /// <summary>Keep containers in one of these states (created, restarting, running, removing, paused, exited, dead).</summary>
    public IReadOnlyList<string>? Statuses { get; init; }

    /// <summary>Keep containers with all of these labels: <c>key</c> or <c>key=value</c>.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Keep containers whose name contains one of these (the daemon's substring match).</summary>
    public IReadOnlyList<string>? NameContains { get; init; }

    /// <summary>Keep containers whose id starts with one of these.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>True asks the daemon for SizeRw/SizeRootFs (slow: it walks the file systems).</summary>
    public bool Size { get; init; }
}

public sealed partial class ContainersClient
{
    /// <summary>The container states the engine knows; a status filter outside these is refused before any I/O.</summary>
    public static readonly IReadOnlyList<string> KnownStates = ["created", "restarting", "running", "removing", "paused", "exited", "dead"];

    /// <summary>Lists containers (<c>GET /containers/json</c>), newest first as the daemon orders them.</summary>
    /// <exception cref="ArgumentException">A status is not one of <see cref="KnownStates"/>.</exception>
    public async Task<IReadOnlyList<ContainerSummary>> ListAsync(ListContainersOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (string status in options.Statuses ?? [])
        {
            if (!KnownStates.Contains(status))
            {
                throw new ArgumentException($"'{status}' is not a container state; expected one of {string.Join(", ", KnownStates)}.", nameof(options));
            }
        }
        var filters = new Filters()
            .Add("status", options.Statuses)
            .Add("label", options.Labels)
            .Add("name", options.NameContains)
            .Add("id", options.Ids);
        var query = new Query()
            // A status filter looks at stopped containers too, as `docker ps --filter status=exited` does.
            .Add("all", options.All || options.Statuses is { Count: > 0 } ? true : null)
            .Add("size", options.Size ? true : null)
            .AddFilters(filters);
        List<ContainerSummaryWire> wire = await _http.GetJsonAsync("containers/json", query, EngineJsonContext.Default.ListContainerSummaryWire, cancellationToken).ConfigureAwait(false);
        var result = new ContainerSummary[wire.Count];
        for (int i = 0; i < wire.Count; i++)
        {
            result[i] = ToModel(wire[i]);
        }
        return result;
    }

    private static ContainerSummary ToModel(ContainerSummaryWire wire) => new()
    {
        Id = wire.Id,
        Names = wire.Names is null ? [] : wire.Names.ConvertAll(n => n.TrimStart('/')),
        Image = wire.Image ?? "",
        ImageId = wire.ImageID ?? "",
        Command = wire.Command ?? "",
        Created = DateTimeOffset.FromUnixTimeSeconds(wire.Created),
        State = wire.State ?? "",
        Status = wire.Status ?? "",
        Ports = wire.Ports is null ? [] : SortPorts(wire.Ports),
        Labels = wire.Labels ?? [],
        SizeRw = wire.SizeRw,
        SizeRootFs = wire.SizeRootFs,
        NetworkMode = wire.HostConfig?.NetworkMode,
        Networks = ContainerWireMapping.Networks(wire.NetworkSettings?.Networks),
        Mounts = ContainerWireMapping.Mounts(wire.Mounts),
    };

    private static PortMapping[] SortPorts(List<PortWire> ports) => ContainerWireMapping.Ordered(ports.Select(p => new PortMapping
    {
        PrivatePort = p.PrivatePort,
        PublicPort = p.PublicPort is > 0 ? p.PublicPort : null,
        HostIP = string.IsNullOrEmpty(p.IP) ? null : p.IP,
        Protocol = string.IsNullOrEmpty(p.Type) ? "tcp" : p.Type,
    }));
}

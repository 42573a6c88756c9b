namespace Containers.Engine.Models;

/// <summary>A network as the list and inspect calls report it. Times are UTC.</summary>
public sealed record NetworkDetails
{
    /// <summary>The full 64-hex-digit id.</summary>
    public required string Id { get; init; }

    /// <summary>The network's name.</summary>
    public required string Name { get; init; }

    /// <summary>bridge, host, null, overlay, macvlan, …</summary>
    public string Driver { get; init; } = "";

    /// <summary>local, global or swarm.</summary>
    public string Scope { get; init; } = "";

    /// <summary>When the network was created (UTC); null when the daemon does not say.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>True when containers on it cannot reach outside networks.</summary>
    public bool Internal { get; init; }

    /// <summary>True when standalone containers may attach to a swarm-scoped network.</summary>
    public bool Attachable { get; init; }

    /// <summary>True for the swarm routing-mesh network.</summary>
    public bool Ingress { get; init; }

    /// <summary>True when IPv6 is enabled.</summary>
    public bool EnableIPv6 { get; init; }

    /// <summary>The IPAM driver (usually "default").</summary>
    public string IpamDriver { get; init; } = "";

    /// <summary>Subnets with their gateways and ranges; empty for networks without IPAM (host, none).</summary>
    public IReadOnlyList<NetworkSubnet> Subnets { get; init; } = [];

    /// <summary>Attached containers. Only the inspect call reports them; the list call leaves this empty.</summary>
    public IReadOnlyList<NetworkContainer> Containers { get; init; } = [];

    /// <summary>Driver options; empty when none.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>Labels; empty when none.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>True for the networks the engine creates itself (bridge, host, none), which cannot be removed.</summary>
    public bool IsPredefined => Name is "bridge" or "host" or "none";
}

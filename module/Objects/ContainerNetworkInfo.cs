using Containers.Engine.Models;

namespace Containers;

/// <summary>A network in the pipeline. <c>Id</c> and <c>Name</c> bind by property name to other cmdlets.</summary>
public sealed class ContainerNetworkInfo
{
    internal ContainerNetworkInfo(NetworkDetails network, IReadOnlyList<NetworkContainer> containers, string context, string dockerHost)
    {
        Id = network.Id;
        Name = network.Name;
        Driver = network.Driver;
        Scope = network.Scope;
        Created = network.Created?.LocalDateTime;
        Internal = network.Internal;
        Attachable = network.Attachable;
        Ingress = network.Ingress;
        IPv6 = network.EnableIPv6;
        IpamDriver = network.IpamDriver;
        Subnets = network.Subnets.ToArray();
        Containers = containers.ToArray();
        Options = new Dictionary<string, string>(network.Options, StringComparer.Ordinal);
        Labels = new Dictionary<string, string>(network.Labels, StringComparer.Ordinal);
        IsPredefined = network.IsPredefined;
        Context = context;
        DockerHost = dockerHost;
    }

    /// <summary>The full 64-hex-digit id.</summary>
    public string Id { get; }

    /// <summary>The first 12 hex digits, as <c>docker network ls</c> shows them.</summary>
    public string ShortId => DisplayFormat.ShortId(Id);

    /// <summary>The network's name.</summary>
    public string Name { get; }

    /// <summary>bridge, host, null, overlay, macvlan, …</summary>
    public string Driver { get; }

    /// <summary>local, global or swarm.</summary>
    public string Scope { get; }

    /// <summary>When it was created, in local time; null when the engine does not say.</summary>
    public DateTime? Created { get; }

    /// <summary>True when containers on it cannot reach outside networks.</summary>
    public bool Internal { get; }

    /// <summary>True when standalone containers may attach to a swarm network.</summary>
    public bool Attachable { get; }

    /// <summary>True for the swarm routing-mesh network.</summary>
    public bool Ingress { get; }

    /// <summary>True when IPv6 is enabled.</summary>
    public bool IPv6 { get; }

    /// <summary>The IPAM driver.</summary>
    public string IpamDriver { get; }

    /// <summary>Subnets with gateways and ranges.</summary>
    public NetworkSubnet[] Subnets { get; }

    /// <summary>The first subnet (CIDR), for tables; empty when none.</summary>
    public string Subnet => Subnets.Length > 0 ? Subnets[0].Subnet : "";

    /// <summary>The first subnet's gateway, for tables; empty when none.</summary>
    public string Gateway => Subnets.Length > 0 ? Subnets[0].Gateway ?? "" : "";

    /// <summary>Attached containers with their addresses.</summary>
    public NetworkContainer[] Containers { get; }

    /// <summary>Names of the attached containers.</summary>
    public string[] ContainerNames => Containers.Select(c => c.Name).ToArray();

    /// <summary>Driver options.</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>Labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>True for bridge, host and none, which the engine owns and never removes.</summary>
    public bool IsPredefined { get; }

    /// <summary>The context the network was listed from.</summary>
    public string Context { get; }

    /// <summary>The engine endpoint the network was listed from.</summary>
    public string DockerHost { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}

using Containers.Engine.Models;

namespace Containers;

/// <summary>A node of a swarm, as docker node ls lists it.</summary>
public sealed class ContainerNodeInfo
{
    internal ContainerNodeInfo(SwarmNode node, bool isSelf, string context, string dockerHost)
    {
        Id = node.Id;
        Hostname = node.Hostname;
        Name = node.Name.Length > 0 ? node.Name : node.Hostname;
        Role = node.Role;
        Availability = node.Availability;
        State = node.State;
        Address = node.Address;
        ManagerReachability = node.ManagerReachability;
        IsLeader = node.IsLeader;
        IsSelf = isSelf;
        EngineVersion = node.EngineVersion;
        OperatingSystem = node.OperatingSystem;
        Architecture = node.Architecture;
        CpuCount = node.NanoCpus / 1e9;
        MemoryBytes = node.MemoryBytes;
        Labels = new Dictionary<string, string>(node.Labels, StringComparer.Ordinal);
        CreatedAt = node.CreatedAt?.LocalDateTime;
        Context = context;
        DockerHost = dockerHost;
    }

    /// <summary>The node's full id.</summary>
    public string Id { get; }

    /// <summary>The node's host name.</summary>
    public string Hostname { get; }

    /// <summary>The name given to the node, else its host name.</summary>
    public string Name { get; }

    /// <summary>manager or worker.</summary>
    public string Role { get; }

    /// <summary>active, pause or drain.</summary>
    public string Availability { get; }

    /// <summary>ready, down, unknown or disconnected.</summary>
    public string State { get; }

    /// <summary>The address the node is seen at.</summary>
    public string Address { get; }

    /// <summary>For managers: reachable, unreachable or unknown; null for workers.</summary>
    public string? ManagerReachability { get; }

    /// <summary>True for the leading manager.</summary>
    public bool IsLeader { get; }

    /// <summary>The MANAGER STATUS column of docker node ls: Leader, Reachable, Unreachable or empty for workers.</summary>
    public string ManagerStatus => IsLeader ? "Leader" : ManagerReachability is { Length: > 0 } r ? char.ToUpperInvariant(r[0]) + r[1..] : "";

    /// <summary>True for the node of the engine asked (the * of docker node ls).</summary>
    public bool IsSelf { get; }

    /// <summary>The Docker engine version on the node.</summary>
    public string EngineVersion { get; }

    /// <summary>The node's operating system.</summary>
    public string OperatingSystem { get; }

    /// <summary>The node's CPU architecture.</summary>
    public string Architecture { get; }

    /// <summary>CPUs.</summary>
    public double CpuCount { get; }

    /// <summary>Memory, in bytes.</summary>
    public long MemoryBytes { get; }

    /// <summary>Node labels (placement constraints use them).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>When the node joined, in local time.</summary>
    public DateTime? CreatedAt { get; }

    /// <summary>The context the node was listed from.</summary>
    public string Context { get; }

    /// <summary>The engine endpoint (a swarm manager) the node was listed from.</summary>
    public string DockerHost { get; }

    /// <summary>The host name.</summary>
    public override string ToString() => Hostname;
}

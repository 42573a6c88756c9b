namespace Containers.Engine.Models;

/// <summary>A node of a swarm, as <c>docker node ls</c>/<c>inspect</c> report it.</summary>
public sealed record SwarmNode
{
    /// <summary>The node's id (25 characters).</summary>
    public required string Id { get; init; }

    /// <summary>The node's host name.</summary>
    public string Hostname { get; init; } = "";

    /// <summary>The name given to the node (<c>docker node update</c>); empty when none.</summary>
    public string Name { get; init; } = "";

    /// <summary><c>manager</c> or <c>worker</c>.</summary>
    public string Role { get; init; } = "";

    /// <summary><c>active</c>, <c>pause</c> or <c>drain</c>.</summary>
    public string Availability { get; init; } = "";

    /// <summary><c>ready</c>, <c>down</c>, <c>unknown</c> or <c>disconnected</c>.</summary>
    public string State { get; init; } = "";

    /// <summary>The address the node is seen at.</summary>
    public string Address { get; init; } = "";

    /// <summary>For managers: <c>reachable</c>, <c>unreachable</c> or <c>unknown</c>; null for workers.</summary>
    public string? ManagerReachability { get; init; }

    /// <summary>True for the manager that leads the raft cluster.</summary>
    public bool IsLeader { get; init; }

    /// <summary>The Docker engine version on the node.</summary>
    public string EngineVersion { get; init; } = "";

    /// <summary>The operating system (linux, windows).</summary>
    public string OperatingSystem { get; init; } = "";

    /// <summary>The CPU architecture (x86_64, aarch64).</summary>
    public string Architecture { get; init; } = "";

    /// <summary>CPUs, in billionths of a CPU.</summary>
    public long NanoCpus { get; init; }

    /// <summary>Memory, in bytes.</summary>
    public long MemoryBytes { get; init; }

    /// <summary>The node's labels (those placement constraints use).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The object version the swarm keeps for optimistic concurrency.</summary>
    public long Version { get; init; }

    /// <summary>When the node joined (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the node was last changed (UTC).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

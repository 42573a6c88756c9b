using Containers.Engine.Models;

namespace Containers;

/// <summary>The swarm an engine manages, as docker swarm inspect shows it (join tokens left out: they are secrets).</summary>
public sealed class ContainerSwarmInfo
{
    internal ContainerSwarmInfo(SwarmSummary swarm, string nodeId, string context, string dockerHost)
    {
        Id = swarm.Id;
        NodeId = nodeId;
        Version = swarm.Version;
        CreatedAt = swarm.CreatedAt?.LocalDateTime;
        UpdatedAt = swarm.UpdatedAt?.LocalDateTime;
        Context = context;
        DockerHost = dockerHost;
    }

    /// <summary>The swarm's id (the cluster id of docker info).</summary>
    public string Id { get; }

    /// <summary>The id of the node of the engine asked.</summary>
    public string NodeId { get; }

    /// <summary>The object version the swarm keeps for its settings.</summary>
    public long Version { get; }

    /// <summary>When the swarm was created, in local time.</summary>
    public DateTime? CreatedAt { get; }

    /// <summary>When its settings last changed, in local time.</summary>
    public DateTime? UpdatedAt { get; }

    /// <summary>The context the swarm was read from.</summary>
    public string Context { get; }

    /// <summary>The engine endpoint (a swarm manager) the swarm was read from.</summary>
    public string DockerHost { get; }

    /// <summary>The swarm's id.</summary>
    public override string ToString() => Id;
}

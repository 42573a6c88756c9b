namespace Containers.Engine.Models;

/// <summary>The swarm a manager belongs to (<c>GET /swarm</c>); join tokens are left out on purpose.</summary>
public sealed record SwarmSummary
{
    /// <summary>The swarm's id.</summary>
    public required string Id { get; init; }

    /// <summary>The object version the swarm keeps for optimistic concurrency.</summary>
    public long Version { get; init; }

    /// <summary>When the swarm was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When its settings last changed (UTC).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}

namespace Containers.Engine.Models;

/// <summary>What a prune call removed.</summary>
public sealed record PruneResult
{
    /// <summary>Ids or names of what was removed (container ids, image ids, network names, volume names).</summary>
    public IReadOnlyList<string> Deleted { get; init; } = [];

    /// <summary>Image tags removed along the way (image prune only); empty otherwise.</summary>
    public IReadOnlyList<string> Untagged { get; init; } = [];

    /// <summary>Bytes the daemon says it freed; 0 for networks, which hold no data.</summary>
    public long SpaceReclaimed { get; init; }
}

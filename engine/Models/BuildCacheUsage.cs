namespace Containers.Engine.Models;

/// <summary>One build cache record of the disk-usage report.</summary>
public sealed record BuildCacheUsage
{
    /// <summary>The record's id.</summary>
    public required string Id { get; init; }

    /// <summary>regular, source.local, exec.cachemount, …</summary>
    public string Type { get; init; } = "";

    /// <summary>What produced it (the build step).</summary>
    public string Description { get; init; } = "";

    /// <summary>True while a build uses it.</summary>
    public bool InUse { get; init; }

    /// <summary>True when shared with other records.</summary>
    public bool Shared { get; init; }

    /// <summary>Bytes.</summary>
    public long Size { get; init; }

    /// <summary>When it was created (UTC); null when unknown.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last used (UTC); null when never.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>How many builds used it.</summary>
    public long UsageCount { get; init; }
}

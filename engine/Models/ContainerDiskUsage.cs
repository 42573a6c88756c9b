namespace Containers.Engine.Models;

/// <summary>One container's line of the disk-usage report.</summary>
public sealed record ContainerDiskUsage
{
    /// <summary>The full 64-hex-digit id.</summary>
    public required string Id { get; init; }

    /// <summary>The container's name, without a leading '/'.</summary>
    public string Name { get; init; } = "";

    /// <summary>The image reference it was created from.</summary>
    public string Image { get; init; } = "";

    /// <summary>The command line as one string.</summary>
    public string Command { get; init; } = "";

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>created, running, exited, …</summary>
    public string State { get; init; } = "";

    /// <summary>The daemon's human status.</summary>
    public string Status { get; init; } = "";

    /// <summary>Bytes written to its writable layer.</summary>
    public long SizeRw { get; init; }

    /// <summary>Bytes of its whole root file system (image included).</summary>
    public long SizeRootFs { get; init; }

    /// <summary>Names of the volumes it mounts.</summary>
    public IReadOnlyList<string> Volumes { get; init; } = [];
}

namespace Containers.Engine.Models;

/// <summary>
/// One sample of a container's resource use, computed exactly as <c>docker stats</c> computes it (Linux daemons):
/// CPU % from the sample's own previous reading, memory without the inactive file cache.
/// </summary>
public sealed record ContainerStats
{
    /// <summary>Container id.</summary>
    public required string Id { get; init; }

    /// <summary>Container name, without the leading slash.</summary>
    public required string Name { get; init; }

    /// <summary>When the daemon read the sample.</summary>
    public DateTimeOffset Read { get; init; }

    /// <summary>CPU use in percent of one CPU (200 = two CPUs busy); 0 when there is no previous reading to compare.</summary>
    public double CpuPercent { get; init; }

    /// <summary>Memory in use, in bytes, minus the inactive file cache (total_inactive_file on cgroup v1, inactive_file on v2).</summary>
    public ulong MemoryUsage { get; init; }

    /// <summary>Memory limit in bytes (the host's memory when the container has no limit).</summary>
    public ulong MemoryLimit { get; init; }

    /// <summary>MemoryUsage in percent of MemoryLimit; 0 without a limit.</summary>
    public double MemoryPercent { get; init; }

    /// <summary>Bytes received over all networks.</summary>
    public ulong NetworkReceived { get; init; }

    /// <summary>Bytes sent over all networks.</summary>
    public ulong NetworkSent { get; init; }

    /// <summary>Bytes read from block devices.</summary>
    public ulong BlockRead { get; init; }

    /// <summary>Bytes written to block devices.</summary>
    public ulong BlockWritten { get; init; }

    /// <summary>Processes and threads in the container.</summary>
    public ulong Pids { get; init; }
}

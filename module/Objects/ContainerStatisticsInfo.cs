using System.Globalization;
using Containers.Engine.Models;

namespace Containers;

/// <summary>One sample of a container's resource use, as Measure-Container reports it (the numbers docker stats shows).</summary>
public sealed class ContainerStatisticsInfo
{
    internal ContainerStatisticsInfo(ContainerStats stats)
    {
        Id = stats.Id;
        Name = stats.Name;
        Read = stats.Read.LocalDateTime;
        CpuPercent = stats.CpuPercent;
        MemoryUsage = (long)stats.MemoryUsage;
        MemoryLimit = (long)stats.MemoryLimit;
        MemoryPercent = stats.MemoryPercent;
        NetworkReceived = (long)stats.NetworkReceived;
        NetworkSent = (long)stats.NetworkSent;
        BlockRead = (long)stats.BlockRead;
        BlockWritten = (long)stats.BlockWritten;
        Pids = (long)stats.Pids;
    }

    /// <summary>The container's full id.</summary>
    public string Id { get; }

    /// <summary>The container's name.</summary>
    public string Name { get; }

    /// <summary>When the engine took the sample (local time).</summary>
    public DateTime Read { get; }

    /// <summary>CPU use in percent of one CPU (200 = two CPUs busy).</summary>
    public double CpuPercent { get; }

    /// <summary>Memory in use in bytes, without the inactive file cache (as docker stats).</summary>
    public long MemoryUsage { get; }

    /// <summary>Memory limit in bytes (the host's memory without a limit).</summary>
    public long MemoryLimit { get; }

    /// <summary>MemoryUsage in percent of MemoryLimit.</summary>
    public double MemoryPercent { get; }

    /// <summary>Bytes received over all networks.</summary>
    public long NetworkReceived { get; }

    /// <summary>Bytes sent over all networks.</summary>
    public long NetworkSent { get; }

    /// <summary>Bytes read from block devices.</summary>
    public long BlockRead { get; }

    /// <summary>Bytes written to block devices.</summary>
    public long BlockWritten { get; }

    /// <summary>Processes and threads.</summary>
    public long Pids { get; }

    /// <summary>The first 12 characters of the id.</summary>
    public string ShortId => DisplayFormat.ShortId(Id);

    /// <summary>"12.34%", as docker stats shows CPU.</summary>
    public string CpuText => CpuPercent.ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>"1.5MiB / 64MiB", as docker stats shows memory.</summary>
    public string MemoryText => DisplayFormat.BinarySize(MemoryUsage) + " / " + DisplayFormat.BinarySize(MemoryLimit);

    /// <summary>"0.05%".</summary>
    public string MemoryPercentText => MemoryPercent.ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>"1.2kB / 648B", received / sent.</summary>
    public string NetworkText => DisplayFormat.Size(NetworkReceived) + " / " + DisplayFormat.Size(NetworkSent);

    /// <summary>"0B / 4.1kB", read / written.</summary>
    public string BlockText => DisplayFormat.Size(BlockRead) + " / " + DisplayFormat.Size(BlockWritten);
}

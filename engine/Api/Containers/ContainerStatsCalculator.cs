using System.Globalization;
using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>
/// docker stats' arithmetic (docker/cli cli/command/container/stats_helpers.go), kept formula for formula so the
/// numbers match the CLI's: calculateCPUPercentUnix, calculateMemUsageUnixNoCache, calculateMemPercentUnixNoCache,
/// calculateBlockIO and calculateNetwork.
/// </summary>
internal static class ContainerStatsCalculator
{
    public static ContainerStats FromWire(StatsWire wire)
    {
        MemoryStatsWire memory = wire.MemoryStats ?? new MemoryStatsWire();
        ulong used = MemoryUsageNoCache(memory);
        (ulong read, ulong written) = BlockIo(wire.BlkioStats);
        ulong received = 0;
        ulong sent = 0;
        foreach (NetworkStatsWire network in wire.Networks?.Values ?? Enumerable.Empty<NetworkStatsWire>())
        {
            received += network.RxBytes;
            sent += network.TxBytes;
        }
        return new ContainerStats
        {
            Id = wire.Id ?? "",
            Name = wire.Name?.TrimStart('/') ?? "",
            Read = DateTimeOffset.TryParse(wire.Read, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time) ? time : default,
            CpuPercent = CpuPercent(wire.CpuStats ?? new CpuStatsWire(), wire.PreCpuStats ?? new CpuStatsWire()),
            MemoryUsage = used,
            MemoryLimit = memory.Limit,
            MemoryPercent = memory.Limit != 0 ? (double)used / memory.Limit * 100.0 : 0,
            NetworkReceived = received,
            NetworkSent = sent,
            BlockRead = read,
            BlockWritten = written,
            Pids = wire.PidsStats?.Current ?? 0,
        };
    }

    private static double CpuPercent(CpuStatsWire current, CpuStatsWire previous)
    {
        double cpuDelta = (double)(current.CpuUsage?.TotalUsage ?? 0) - (previous.CpuUsage?.TotalUsage ?? 0);
        double systemDelta = (double)current.SystemCpuUsage - previous.SystemCpuUsage;
        double onlineCpus = current.OnlineCpus;
        if (onlineCpus == 0)
        {
            onlineCpus = current.CpuUsage?.PercpuUsage?.Count ?? 0;
        }
        return systemDelta > 0 && cpuDelta > 0 ? cpuDelta / systemDelta * onlineCpus * 100.0 : 0;
    }

    private static ulong MemoryUsageNoCache(MemoryStatsWire memory)
    {
        Dictionary<string, ulong> stats = memory.Stats ?? [];
        // cgroup v1
        if (stats.TryGetValue("total_inactive_file", out ulong v1) && v1 < memory.Usage)
        {
            return memory.Usage - v1;
        }
        // cgroup v2 (a missing key reads as 0, as a Go map does)
        stats.TryGetValue("inactive_file", out ulong v2);
        return v2 < memory.Usage ? memory.Usage - v2 : memory.Usage;
    }

    private static (ulong Read, ulong Written) BlockIo(BlkioStatsWire? blkio)
    {
        ulong read = 0;
        ulong written = 0;
        foreach (BlkioEntryWire entry in blkio?.IoServiceBytesRecursive ?? [])
        {
            switch (entry.Op is { Length: > 0 } op ? op[0] : '\0')
            {
                case 'r' or 'R':
                    read += entry.Value;
                    break;
                case 'w' or 'W':
                    written += entry.Value;
                    break;
            }
        }
        return (read, written);
    }
}

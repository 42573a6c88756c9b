namespace Containers.LanguageServer.Protocol;

/// <summary>Params of the <c>containers/statsSample</c> notification: one sample, computed as <c>docker stats</c> does.</summary>
/// <param name="StreamId">The id the client gave in <see cref="StreamStatsParams"/>.</param>
/// <param name="Read">When the daemon read the sample, UTC.</param>
/// <param name="CpuPercent">Percent of one CPU (200 = two CPUs busy).</param>
/// <param name="MemoryUsage">Bytes in use without the inactive file cache.</param>
/// <param name="MemoryLimit">Bytes the container may use (the host's memory without a limit).</param>
/// <param name="MemoryPercent">MemoryUsage in percent of MemoryLimit.</param>
/// <param name="Pids">Processes and threads.</param>
/// <param name="NetworkReceived">Bytes received over all networks.</param>
/// <param name="NetworkSent">Bytes sent over all networks.</param>
public sealed record StatsSampleParams(
    string StreamId,
    DateTimeOffset Read,
    double CpuPercent,
    ulong MemoryUsage,
    ulong MemoryLimit,
    double MemoryPercent,
    ulong Pids,
    ulong NetworkReceived,
    ulong NetworkSent);

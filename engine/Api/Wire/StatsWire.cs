using System.Text.Json.Serialization;

namespace Containers.Engine.Api.Wire;

// GET /containers/{id}/stats: snake_case names, as the daemon writes them (Linux fields only).
internal sealed class StatsWire
{
    [JsonPropertyName("read")] public string? Read { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("pids_stats")] public PidsStatsWire? PidsStats { get; set; }
    [JsonPropertyName("cpu_stats")] public CpuStatsWire? CpuStats { get; set; }
    [JsonPropertyName("precpu_stats")] public CpuStatsWire? PreCpuStats { get; set; }
    [JsonPropertyName("memory_stats")] public MemoryStatsWire? MemoryStats { get; set; }
    [JsonPropertyName("networks")] public Dictionary<string, NetworkStatsWire>? Networks { get; set; }
    [JsonPropertyName("blkio_stats")] public BlkioStatsWire? BlkioStats { get; set; }
}

internal sealed class PidsStatsWire
{
    [JsonPropertyName("current")] public ulong Current { get; set; }
}

internal sealed class CpuStatsWire
{
    [JsonPropertyName("cpu_usage")] public CpuUsageWire? CpuUsage { get; set; }
    [JsonPropertyName("system_cpu_usage")] public ulong SystemCpuUsage { get; set; }
    [JsonPropertyName("online_cpus")] public uint OnlineCpus { get; set; }
}

internal sealed class CpuUsageWire
{
    [JsonPropertyName("total_usage")] public ulong TotalUsage { get; set; }
    [JsonPropertyName("percpu_usage")] public List<ulong>? PercpuUsage { get; set; }
}

internal sealed class MemoryStatsWire
{
    [JsonPropertyName("usage")] public ulong Usage { get; set; }
    [JsonPropertyName("limit")] public ulong Limit { get; set; }
    [JsonPropertyName("stats")] public Dictionary<string, ulong>? Stats { get; set; }
}

internal sealed class NetworkStatsWire
{
    [JsonPropertyName("rx_bytes")] public ulong RxBytes { get; set; }
    [JsonPropertyName("tx_bytes")] public ulong TxBytes { get; set; }
}

internal sealed class BlkioStatsWire
{
    [JsonPropertyName("io_service_bytes_recursive")] public List<BlkioEntryWire>? IoServiceBytesRecursive { get; set; }
}

internal sealed class BlkioEntryWire
{
    [JsonPropertyName("op")] public string? Op { get; set; }
    [JsonPropertyName("value")] public ulong Value { get; set; }
}

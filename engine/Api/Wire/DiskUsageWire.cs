namespace Containers.Engine.Api.Wire;

// GET /system/df. Images reuse the list shape; volumes carry UsageData; sizes are bytes, -1 = not computed.
internal sealed class DiskUsageWire
{
    public long LayersSize { get; set; }
    public List<ImageSummaryWire>? Images { get; set; }
    public List<ContainerSummaryWire>? Containers { get; set; }
    public List<VolumeWire>? Volumes { get; set; }
    public List<BuildCacheWire>? BuildCache { get; set; }
}

internal sealed class BuildCacheWire
{
    public string ID { get; set; } = "";
    public string? Type { get; set; }
    public string? Description { get; set; }
    public bool InUse { get; set; }
    public bool Shared { get; set; }
    public long Size { get; set; }
    public string? CreatedAt { get; set; }
    public string? LastUsedAt { get; set; }
    public long UsageCount { get; set; }
}

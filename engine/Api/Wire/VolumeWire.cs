namespace Containers.Engine.Api.Wire;

// GET /volumes.
internal sealed class VolumeListWire
{
    public List<VolumeWire>? Volumes { get; set; }
    public List<string>? Warnings { get; set; }
}

internal sealed class VolumeWire
{
    public string Name { get; set; } = "";
    public string? Driver { get; set; }
    public string? Mountpoint { get; set; }
    public string? CreatedAt { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public Dictionary<string, string>? Options { get; set; }
    public string? Scope { get; set; }
    public VolumeUsageWire? UsageData { get; set; }
}

internal sealed class VolumeUsageWire
{
    public long Size { get; set; }
    public long RefCount { get; set; }
}

// POST /volumes/create.
internal sealed class VolumeCreateWire
{
    public string? Name { get; set; }
    public string? Driver { get; set; }
    public Dictionary<string, string>? DriverOpts { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
}

namespace Containers.Engine.Api.Wire;

// Shapes of GET /containers/json as the daemon sends them (PascalCase, unix seconds).
// Internal: callers see Models.ContainerSummary, never these.
internal sealed class ContainerSummaryWire
{
    public string Id { get; set; } = "";
    public List<string>? Names { get; set; }
    public string? Image { get; set; }
    public string? ImageID { get; set; }
    public string? Command { get; set; }
    public long Created { get; set; }
    public List<PortWire>? Ports { get; set; }
    public long? SizeRw { get; set; }
    public long? SizeRootFs { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public string? State { get; set; }
    public string? Status { get; set; }
    public HostConfigSummaryWire? HostConfig { get; set; }
    public NetworkSettingsSummaryWire? NetworkSettings { get; set; }
    public List<MountWire>? Mounts { get; set; }
}

internal sealed class PortWire
{
    public string? IP { get; set; }
    public int PrivatePort { get; set; }
    public int? PublicPort { get; set; }
    public string? Type { get; set; }
}

internal sealed class HostConfigSummaryWire
{
    public string? NetworkMode { get; set; }
}

internal sealed class NetworkSettingsSummaryWire
{
    public Dictionary<string, EndpointSettingsWire>? Networks { get; set; }
}

internal sealed class EndpointSettingsWire
{
    public string? NetworkID { get; set; }
    public string? IPAddress { get; set; }
    public string? MacAddress { get; set; }
    public string? Gateway { get; set; }
}

internal sealed class MountWire
{
    public string? Type { get; set; }
    public string? Name { get; set; }
    public string? Source { get; set; }
    public string? Destination { get; set; }
    public string? Mode { get; set; }
    public bool RW { get; set; }
}

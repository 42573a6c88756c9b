namespace Containers.Engine.Api.Wire;

// GET /version and GET /info: only the fields we surface.
internal sealed class VersionWire
{
    public string? Version { get; set; }
    public string? ApiVersion { get; set; }
    public string? MinAPIVersion { get; set; }
    public string? GitCommit { get; set; }
    public string? GoVersion { get; set; }
    public string? Os { get; set; }
    public string? Arch { get; set; }
    public string? KernelVersion { get; set; }
    public string? BuildTime { get; set; }
    public PlatformWire? Platform { get; set; }
    public List<VersionComponentWire>? Components { get; set; }
}

internal sealed class PlatformWire
{
    public string? Name { get; set; }
}

// One entry of /version's Components: "Engine", "containerd", "runc" from Docker; "Podman Engine", "Conmon" from Podman.
internal sealed class VersionComponentWire
{
    public string? Name { get; set; }
    public string? Version { get; set; }
}

internal sealed class InfoWire
{
    public string? ID { get; set; }
    public string? Name { get; set; }
    public string? ServerVersion { get; set; }
    public string? OperatingSystem { get; set; }
    public string? OSType { get; set; }
    public string? Architecture { get; set; }
    public string? KernelVersion { get; set; }
    public int NCPU { get; set; }
    public long MemTotal { get; set; }
    public int Containers { get; set; }
    public int ContainersRunning { get; set; }
    public int ContainersPaused { get; set; }
    public int ContainersStopped { get; set; }
    public int Images { get; set; }
    public string? Driver { get; set; }
    public string? DockerRootDir { get; set; }
    public string? CgroupDriver { get; set; }
    public string? CgroupVersion { get; set; }
    public string? DefaultRuntime { get; set; }
    public List<string>? Labels { get; set; }
    public List<string>? Warnings { get; set; }
    public SwarmInfoWire? Swarm { get; set; }
}

internal sealed class SwarmInfoWire
{
    public string? LocalNodeState { get; set; }
    public string? NodeID { get; set; }
}

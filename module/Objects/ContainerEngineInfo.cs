using Containers.Engine.Connection;
using Containers.Engine.Models;

namespace Containers;

/// <summary>One engine: <c>docker version</c> and <c>docker info</c> as a single object.</summary>
public sealed class ContainerEngineInfo
{
    internal ContainerEngineInfo(EngineVersion version, EngineInfo info, PingResult ping, ApiVersion negotiated, string context, string dockerHost)
    {
        Name = info.Name;
        Id = info.Id;
        Version = version.Version;
        ApiVersion = negotiated.ToString();
        ServerApiVersion = version.ApiVersion;
        MinApiVersion = version.MinApiVersion;
        Platform = version.PlatformName;
        IsPodman = ping.IsPodman || version.IsPodman;
        Product = version.Product.Length > 0 ? version.Product : (IsPodman ? "Podman Engine" : "");
        OSType = info.OSType;
        OperatingSystem = info.OperatingSystem;
        Architecture = info.Architecture;
        KernelVersion = info.KernelVersion;
        CpuCount = info.CpuCount;
        MemoryBytes = info.MemoryBytes;
        Containers = info.Containers;
        ContainersRunning = info.ContainersRunning;
        ContainersPaused = info.ContainersPaused;
        ContainersStopped = info.ContainersStopped;
        Images = info.Images;
        StorageDriver = info.StorageDriver;
        RootDirectory = info.RootDirectory;
        CgroupDriver = info.CgroupDriver;
        CgroupVersion = info.CgroupVersion;
        DefaultRuntime = info.DefaultRuntime;
        SwarmState = info.SwarmState;
        GitCommit = version.GitCommit;
        GoVersion = version.GoVersion;
        Labels = info.Labels.ToArray();
        Warnings = info.Warnings.ToArray();
        Context = context;
        DockerHost = dockerHost;
    }

    /// <summary>The engine host's name.</summary>
    public string Name { get; }

    /// <summary>The daemon's unique id.</summary>
    public string Id { get; }

    /// <summary>The engine's release (e.g. 20.10.24).</summary>
    public string Version { get; }

    /// <summary>The API version this module uses with it (negotiated).</summary>
    public string ApiVersion { get; }

    /// <summary>The newest API version the engine speaks.</summary>
    public string ServerApiVersion { get; }

    /// <summary>The oldest API version the engine accepts.</summary>
    public string MinApiVersion { get; }

    /// <summary>The product name the engine reports, e.g. "Docker Engine - Community".</summary>
    public string Platform { get; }

    /// <summary>True when the engine is Podman's Docker-compatible service (its ping sends <c>Libpod-Api-Version</c>).</summary>
    public bool IsPodman { get; }

    /// <summary>The engine product: "Engine" for Docker, "Podman Engine" for Podman; empty when the engine does not say.</summary>
    public string Product { get; }

    /// <summary>linux or windows.</summary>
    public string OSType { get; }

    /// <summary>The host's OS description.</summary>
    public string OperatingSystem { get; }

    /// <summary>CPU architecture.</summary>
    public string Architecture { get; }

    /// <summary>The host kernel's version.</summary>
    public string KernelVersion { get; }

    /// <summary>CPUs available to the engine.</summary>
    public int CpuCount { get; }

    /// <summary>The host's memory in bytes.</summary>
    public long MemoryBytes { get; }

    /// <summary>All containers.</summary>
    public int Containers { get; }

    /// <summary>Running containers.</summary>
    public int ContainersRunning { get; }

    /// <summary>Paused containers.</summary>
    public int ContainersPaused { get; }

    /// <summary>Stopped containers.</summary>
    public int ContainersStopped { get; }

    /// <summary>Images.</summary>
    public int Images { get; }

    /// <summary>The storage driver.</summary>
    public string StorageDriver { get; }

    /// <summary>The engine's data directory.</summary>
    public string RootDirectory { get; }

    /// <summary>cgroupfs or systemd.</summary>
    public string CgroupDriver { get; }

    /// <summary>"1" or "2".</summary>
    public string CgroupVersion { get; }

    /// <summary>The default OCI runtime.</summary>
    public string DefaultRuntime { get; }

    /// <summary>This node's swarm state (inactive, active, …).</summary>
    public string SwarmState { get; }

    /// <summary>The engine's source commit.</summary>
    public string GitCommit { get; }

    /// <summary>The Go release it was built with.</summary>
    public string GoVersion { get; }

    /// <summary>Engine labels (key=value).</summary>
    public string[] Labels { get; }

    /// <summary>Warnings the daemon reports about its setup.</summary>
    public string[] Warnings { get; }

    /// <summary>The context used.</summary>
    public string Context { get; }

    /// <summary>The endpoint used.</summary>
    public string DockerHost { get; }
}

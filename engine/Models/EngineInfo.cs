namespace Containers.Engine.Models;

/// <summary>What <c>GET /info</c> reports (the fields people use; counts are as of the call).</summary>
public sealed record EngineInfo
{
    /// <summary>The daemon's unique id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The host name of the engine's machine.</summary>
    public string Name { get; init; } = "";

    /// <summary>The engine's release.</summary>
    public string ServerVersion { get; init; } = "";

    /// <summary>The host's OS description, e.g. "Debian GNU/Linux 12 (bookworm)".</summary>
    public string OperatingSystem { get; init; } = "";

    /// <summary>linux or windows.</summary>
    public string OSType { get; init; } = "";

    /// <summary>x86_64, aarch64, …</summary>
    public string Architecture { get; init; } = "";

    /// <summary>The host kernel's version.</summary>
    public string KernelVersion { get; init; } = "";

    /// <summary>CPUs the engine may use.</summary>
    public int CpuCount { get; init; }

    /// <summary>Memory of the host, in bytes.</summary>
    public long MemoryBytes { get; init; }

    /// <summary>All containers.</summary>
    public int Containers { get; init; }

    /// <summary>Running containers.</summary>
    public int ContainersRunning { get; init; }

    /// <summary>Paused containers.</summary>
    public int ContainersPaused { get; init; }

    /// <summary>Stopped containers.</summary>
    public int ContainersStopped { get; init; }

    /// <summary>Images, intermediate ones included.</summary>
    public int Images { get; init; }

    /// <summary>The storage driver (overlay2, …).</summary>
    public string StorageDriver { get; init; } = "";

    /// <summary>The engine's data directory.</summary>
    public string RootDirectory { get; init; } = "";

    /// <summary>cgroupfs or systemd.</summary>
    public string CgroupDriver { get; init; } = "";

    /// <summary>"1" or "2".</summary>
    public string CgroupVersion { get; init; } = "";

    /// <summary>The default OCI runtime (runc, …).</summary>
    public string DefaultRuntime { get; init; } = "";

    /// <summary>Swarm state of this node: inactive, active, pending, error, locked.</summary>
    public string SwarmState { get; init; } = "";

    /// <summary>Engine labels as key=value text.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Warnings the daemon reports about its setup.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

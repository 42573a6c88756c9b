namespace Containers.Engine.Models;

/// <summary>A container as the list call reports it. Names carry no leading '/'; times are UTC.</summary>
public sealed record ContainerSummary
{
    /// <summary>The full 64-hex-digit id.</summary>
    public required string Id { get; init; }

    /// <summary>Names without the leading '/'; the first one is the container's own name.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>The image reference the container was created from, as given (e.g. <c>busybox:latest</c>).</summary>
    public string Image { get; init; } = "";

    /// <summary>The image id (<c>sha256:…</c>).</summary>
    public string ImageId { get; init; } = "";

    /// <summary>The command line, as one string the way the daemon reports it.</summary>
    public string Command { get; init; } = "";

    /// <summary>When the container was created (UTC).</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>created, restarting, running, removing, paused, exited or dead.</summary>
    public string State { get; init; } = "";

    /// <summary>The daemon's human status, e.g. "Up 5 minutes" or "Exited (0) 2 hours ago".</summary>
    public string Status { get; init; } = "";

    /// <summary>Published and exposed ports.</summary>
    public IReadOnlyList<PortMapping> Ports { get; init; } = [];

    /// <summary>Labels; empty when none.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Bytes written by the container; null unless sizes were asked for.</summary>
    public long? SizeRw { get; init; }

    /// <summary>Total bytes of the container's root file system; null unless sizes were asked for.</summary>
    public long? SizeRootFs { get; init; }

    /// <summary>The network mode (bridge, host, none, container:…).</summary>
    public string? NetworkMode { get; init; }

    /// <summary>The networks the container is attached to.</summary>
    public IReadOnlyList<ContainerNetworkEndpoint> Networks { get; init; } = [];

    /// <summary>Volumes and bind mounts.</summary>
    public IReadOnlyList<MountPoint> Mounts { get; init; } = [];
}

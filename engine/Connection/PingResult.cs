namespace Containers.Engine.Connection;

/// <summary>What <c>GET /_ping</c> told us about the daemon.</summary>
public sealed record PingResult
{
    /// <summary>The daemon's newest API version (<c>Api-Version</c> header); null when it sent none.</summary>
    public ApiVersion? ServerApiVersion { get; init; }

    /// <summary><c>linux</c> or <c>windows</c> (<c>Ostype</c> header); null when absent.</summary>
    public string? OsType { get; init; }

    /// <summary>Podman's own API version (<c>Libpod-Api-Version</c> header); null for Docker.</summary>
    public string? LibpodApiVersion { get; init; }

    /// <summary>The default builder, "1" (classic) or "2" (BuildKit); null when absent.</summary>
    public string? BuilderVersion { get; init; }

    /// <summary>Swarm state as "active/manager", "inactive", …; null when absent.</summary>
    public string? Swarm { get; init; }

    /// <summary>True when the daemon runs with experimental features.</summary>
    public bool Experimental { get; init; }

    /// <summary>Round-trip time of the ping, including connecting.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>True when the daemon is Podman's Docker-compatible service.</summary>
    public bool IsPodman => LibpodApiVersion is not null;
}

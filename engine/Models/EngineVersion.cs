namespace Containers.Engine.Models;

/// <summary>What <c>GET /version</c> reports.</summary>
public sealed record EngineVersion
{
    /// <summary>The engine's release, e.g. 20.10.24.</summary>
    public string Version { get; init; } = "";

    /// <summary>The newest API version the daemon speaks.</summary>
    public string ApiVersion { get; init; } = "";

    /// <summary>The oldest API version the daemon accepts.</summary>
    public string MinApiVersion { get; init; } = "";

    /// <summary>Operating system (linux, windows).</summary>
    public string Os { get; init; } = "";

    /// <summary>CPU architecture (amd64, arm64).</summary>
    public string Architecture { get; init; } = "";

    /// <summary>The host kernel's version.</summary>
    public string KernelVersion { get; init; } = "";

    /// <summary>The engine's source commit.</summary>
    public string GitCommit { get; init; } = "";

    /// <summary>The Go release the engine was built with.</summary>
    public string GoVersion { get; init; } = "";

    /// <summary>The platform name the engine reports (e.g. "Docker Engine - Community", "linux/amd64/debian-12" from Podman); empty when absent.</summary>
    public string PlatformName { get; init; } = "";

    /// <summary>
    /// The engine component's name from <c>Components</c>: "Engine" for Docker, "Podman Engine" for Podman's compatible
    /// service; empty when the daemon lists no components.
    /// </summary>
    public string Product { get; init; } = "";

    /// <summary>True when the daemon is Podman (its engine component is "Podman Engine").</summary>
    public bool IsPodman => Product.StartsWith("Podman", StringComparison.Ordinal);
}

namespace Containers.Engine.Models;

/// <summary>A container's attachment to one network.</summary>
public sealed record ContainerNetworkEndpoint
{
    /// <summary>The network's name.</summary>
    public string Network { get; init; } = "";

    /// <summary>The network's id; null when the engine did not report it.</summary>
    public string? NetworkId { get; init; }

    /// <summary>The container's IPv4 address on that network; null when it has none (stopped).</summary>
    public string? IPAddress { get; init; }

    /// <summary>The container's MAC address on that network; null when it has none.</summary>
    public string? MacAddress { get; init; }

    /// <summary>"bridge (172.17.0.2)", or just the network when the container has no address there.</summary>
    public override string ToString() => IPAddress is null ? Network : $"{Network} ({IPAddress})";
}

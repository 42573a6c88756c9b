namespace Containers.Engine.Models;

/// <summary>A container attached to a network, as network inspect reports it.</summary>
public sealed record NetworkContainer
{
    /// <summary>The container's full id.</summary>
    public required string Id { get; init; }

    /// <summary>The container's name, without a leading '/'.</summary>
    public string Name { get; init; } = "";

    /// <summary>The endpoint id of the attachment.</summary>
    public string EndpointId { get; init; } = "";

    /// <summary>The MAC address; null when none.</summary>
    public string? MacAddress { get; init; }

    /// <summary>The IPv4 address with its prefix length (CIDR, e.g. 172.18.0.2/16); null when none.</summary>
    public string? IPv4Address { get; init; }

    /// <summary>The IPv6 address with its prefix length; null when none.</summary>
    public string? IPv6Address { get; init; }
}

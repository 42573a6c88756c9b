namespace Containers.Engine.Models;

/// <summary>One IPAM pool of a network, in CIDR notation as the daemon writes it.</summary>
public sealed record NetworkSubnet
{
    /// <summary>The subnet, e.g. 172.18.0.0/16.</summary>
    public string Subnet { get; init; } = "";

    /// <summary>The gateway address; null when the driver chose none or did not report it.</summary>
    public string? Gateway { get; init; }

    /// <summary>The sub-range containers get addresses from; null means the whole subnet.</summary>
    public string? IPRange { get; init; }
}

using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Wire → model pieces the list and inspect calls share (mounts, networks, port order).</summary>
internal static class ContainerWireMapping
{
    public static MountPoint[] Mounts(List<MountWire>? mounts) => (mounts ?? []).Select(m => new MountPoint
    {
        Type = m.Type ?? "",
        Name = string.IsNullOrEmpty(m.Name) ? null : m.Name,
        Source = m.Source,
        Destination = m.Destination ?? "",
        ReadWrite = m.RW,
    }).ToArray();

    public static ContainerNetworkEndpoint[] Networks(Dictionary<string, EndpointSettingsWire>? networks) => (networks ?? []).Select(n => new ContainerNetworkEndpoint
    {
        Network = n.Key,
        NetworkId = n.Value.NetworkID,
        IPAddress = string.IsNullOrEmpty(n.Value.IPAddress) ? null : n.Value.IPAddress,
        MacAddress = string.IsNullOrEmpty(n.Value.MacAddress) ? null : n.Value.MacAddress,
    }).ToArray();

    // The daemon lists ports in map order; sort them like `docker ps` so output is stable.
    public static PortMapping[] Ordered(IEnumerable<PortMapping> ports) => ports
        .OrderBy(p => p.PrivatePort).ThenBy(p => p.Protocol, StringComparer.Ordinal).ThenBy(p => p.HostIP, StringComparer.Ordinal)
        .ToArray();
}

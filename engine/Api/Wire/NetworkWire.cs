namespace Containers.Engine.Api.Wire;

// GET /networks and GET /networks/{id}: the list leaves Containers empty; inspect fills it.
internal sealed class NetworkWire
{
    public string Name { get; set; } = "";
    public string Id { get; set; } = "";
    public string? Created { get; set; }
    public string? Scope { get; set; }
    public string? Driver { get; set; }
    public bool EnableIPv6 { get; set; }
    public NetworkIpamWire? IPAM { get; set; }
    public bool Internal { get; set; }
    public bool Attachable { get; set; }
    public bool Ingress { get; set; }
    public Dictionary<string, NetworkContainerWire>? Containers { get; set; }
    public Dictionary<string, string>? Options { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
}

internal sealed class NetworkIpamWire
{
    public string? Driver { get; set; }
    public List<NetworkIpamConfigWire>? Config { get; set; }
    public Dictionary<string, string>? Options { get; set; }
}

internal sealed class NetworkIpamConfigWire
{
    public string? Subnet { get; set; }
    public string? IPRange { get; set; }
    public string? Gateway { get; set; }
}

internal sealed class NetworkContainerWire
{
    public string? Name { get; set; }
    public string? EndpointID { get; set; }
    public string? MacAddress { get; set; }
    public string? IPv4Address { get; set; }
    public string? IPv6Address { get; set; }
}

// POST /networks/create.
internal sealed class NetworkCreateWire
{
    public string Name { get; set; } = "";
    public bool CheckDuplicate { get; set; }
    public string? Driver { get; set; }
    public bool Internal { get; set; }
    public bool Attachable { get; set; }
    public bool EnableIPv6 { get; set; }
    public NetworkIpamWire? IPAM { get; set; }
    public Dictionary<string, string>? Options { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
}

internal sealed class NetworkCreateResponseWire
{
    public string Id { get; set; } = "";
    public string? Warning { get; set; }
}

// POST /networks/{id}/connect and /disconnect.
internal sealed class NetworkConnectWire
{
    public string Container { get; set; } = "";
    public NetworkEndpointConfigWire? EndpointConfig { get; set; }
}

internal sealed class NetworkEndpointConfigWire
{
    public NetworkEndpointIpamWire? IPAMConfig { get; set; }
    public List<string>? Aliases { get; set; }
}

internal sealed class NetworkEndpointIpamWire
{
    public string? IPv4Address { get; set; }
    public string? IPv6Address { get; set; }
}

internal sealed class NetworkDisconnectWire
{
    public string Container { get; set; } = "";
    public bool Force { get; set; }
}

using System.Globalization;
using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Network calls, one file per endpoint (<c>NetworksClient.List.cs</c>, …).</summary>
public sealed partial class NetworksClient
{
    private readonly EngineHttp _http;

    internal NetworksClient(EngineHttp http) => _http = http;

    internal static NetworkDetails ToModel(NetworkWire w) => new()
    {
        Id = w.Id,
        Name = w.Name,
        Driver = w.Driver ?? "",
        Scope = w.Scope ?? "",
        Created = DateTimeOffset.TryParse(w.Created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset created) && created.Year > 1 ? created : null,
        Internal = w.Internal,
        Attachable = w.Attachable,
        Ingress = w.Ingress,
        EnableIPv6 = w.EnableIPv6,
        IpamDriver = w.IPAM?.Driver ?? "",
        Subnets = w.IPAM?.Config is { } config
            ? config.ConvertAll(c => new NetworkSubnet
            {
                Subnet = c.Subnet ?? "",
                Gateway = string.IsNullOrEmpty(c.Gateway) ? null : c.Gateway,
                IPRange = string.IsNullOrEmpty(c.IPRange) ? null : c.IPRange,
            })
            : [],
        Containers = w.Containers is { } containers
            ? containers
                .Select(c => new NetworkContainer
                {
                    Id = c.Key,
                    Name = c.Value.Name?.TrimStart('/') ?? "",
                    EndpointId = c.Value.EndpointID ?? "",
                    MacAddress = string.IsNullOrEmpty(c.Value.MacAddress) ? null : c.Value.MacAddress,
                    IPv4Address = string.IsNullOrEmpty(c.Value.IPv4Address) ? null : c.Value.IPv4Address,
                    IPv6Address = string.IsNullOrEmpty(c.Value.IPv6Address) ? null : c.Value.IPv6Address,
                })
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ToArray()
            : [],
        Options = w.Options ?? [],
        Labels = w.Labels ?? [],
    };
}

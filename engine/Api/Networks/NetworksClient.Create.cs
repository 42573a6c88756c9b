using Containers.Engine.Api.Wire;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="NetworksClient.CreateAsync"/>. Null means the daemon's default.</summary>
public sealed record CreateNetworkOptions
{
    /// <summary>The name (required).</summary>
    public required string Name { get; init; }

    /// <summary>The driver; null means <c>bridge</c>.</summary>
    public string? Driver { get; init; }

    /// <summary>The subnet in CIDR notation (e.g. 172.28.0.0/16); null lets IPAM choose.</summary>
    public string? Subnet { get; init; }

    /// <summary>The gateway address; null lets IPAM choose. Needs <see cref="Subnet"/>.</summary>
    public string? Gateway { get; init; }

    /// <summary>The sub-range (CIDR) to allocate container addresses from; null means the whole subnet. Needs <see cref="Subnet"/>.</summary>
    public string? IPRange { get; init; }

    /// <summary>True restricts external access (<c>--internal</c>). Default false.</summary>
    public bool Internal { get; init; }

    /// <summary>True lets standalone containers attach to a swarm network (<c>--attachable</c>). Default false.</summary>
    public bool Attachable { get; init; }

    /// <summary>True enables IPv6 (<c>--ipv6</c>). Default false.</summary>
    public bool EnableIPv6 { get; init; }

    /// <summary>Driver options (<c>--opt</c>).</summary>
    public IReadOnlyDictionary<string, string>? DriverOptions { get; init; }

    /// <summary>Labels to set.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}

/// <summary>What <see cref="NetworksClient.CreateAsync"/> returns.</summary>
public sealed record CreateNetworkResult
{
    /// <summary>The new network's full id.</summary>
    public required string Id { get; init; }

    /// <summary>A warning from the daemon; null when none.</summary>
    public string? Warning { get; init; }
}

public sealed partial class NetworksClient
{
    /// <summary>Creates a network (<c>POST /networks/create</c>). A taken name is a conflict, as with <c>docker network create</c>.</summary>
    /// <exception cref="ArgumentException">The name is empty, or a gateway or range is given without a subnet.</exception>
    /// <exception cref="Errors.EngineConflictException">A network with that name exists.</exception>
    /// <exception cref="Errors.EngineApiException">The driver or IPAM refused (overlapping subnet, bad address).</exception>
    public async Task<CreateNetworkResult> CreateAsync(CreateNetworkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            throw new ArgumentException("The network name is empty.", nameof(options));
        }
        if (options.Subnet is null && (options.Gateway is not null || options.IPRange is not null))
        {
            throw new ArgumentException("A gateway or IP range needs a subnet.", nameof(options));
        }
        var body = new NetworkCreateWire
        {
            Name = options.Name,
            // The docker CLI always asks; without it two creates with one name race to two networks.
            CheckDuplicate = true,
            Driver = options.Driver,
            Internal = options.Internal,
            Attachable = options.Attachable,
            EnableIPv6 = options.EnableIPv6,
            IPAM = options.Subnet is null ? null : new NetworkIpamWire
            {
                Driver = "default",
                Config = [new NetworkIpamConfigWire { Subnet = options.Subnet, Gateway = options.Gateway, IPRange = options.IPRange }],
            },
            Options = options.DriverOptions is null ? null : new Dictionary<string, string>(options.DriverOptions, StringComparer.Ordinal),
            Labels = options.Labels is null ? null : new Dictionary<string, string>(options.Labels, StringComparer.Ordinal),
        };
        NetworkCreateResponseWire wire = await _http.SendJsonAsync(HttpMethod.Post, "networks/create", null, body,
            EngineJsonContext.Default.NetworkCreateWire, EngineJsonContext.Default.NetworkCreateResponseWire, cancellationToken).ConfigureAwait(false);
        return new CreateNetworkResult { Id = wire.Id, Warning = string.IsNullOrEmpty(wire.Warning) ? null : wire.Warning };
    }
}

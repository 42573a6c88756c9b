using Containers.Engine.Api.Wire;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="NetworksClient.ConnectAsync"/>.</summary>
public sealed record ConnectNetworkOptions
{
    /// <summary>The container to attach: id, unique id prefix or name (required).</summary>
    public required string Container { get; init; }

    /// <summary>Extra DNS names for the container on this network (<c>--alias</c>).</summary>
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>A static IPv4 address (<c>--ip</c>); null lets IPAM choose. The network needs a user-set subnet.</summary>
    public string? IPv4Address { get; init; }

    /// <summary>A static IPv6 address (<c>--ip6</c>); null lets IPAM choose.</summary>
    public string? IPv6Address { get; init; }
}

/// <summary>Options of <see cref="NetworksClient.DisconnectAsync"/>.</summary>
public sealed record DisconnectNetworkOptions
{
    /// <summary>The container to detach: id, unique id prefix or name (required).</summary>
    public required string Container { get; init; }

    /// <summary>Detach even when the daemon cannot clean up the endpoint normally (<c>--force</c>). Default false.</summary>
    public bool Force { get; init; }
}

public sealed partial class NetworksClient
{
    /// <summary>Attaches a container to a network (<c>POST /networks/{id}/connect</c>).</summary>
    /// <exception cref="ArgumentException">The network or container is empty.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such network or container.</exception>
    /// <exception cref="Errors.EngineException">Already attached, the address is taken or outside the subnet.</exception>
    public async Task ConnectAsync(string network, ConnectNetworkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        string path = Paths.Network(network, "connect");
        RequireContainer(options.Container);
        bool hasEndpointConfig = options.Aliases is { Count: > 0 } || options.IPv4Address is not null || options.IPv6Address is not null;
        var body = new NetworkConnectWire
        {
            Container = options.Container,
            EndpointConfig = hasEndpointConfig
                ? new NetworkEndpointConfigWire
                {
                    Aliases = options.Aliases is { Count: > 0 } ? [.. options.Aliases] : null,
                    IPAMConfig = options.IPv4Address is null && options.IPv6Address is null
                        ? null
                        : new NetworkEndpointIpamWire { IPv4Address = options.IPv4Address, IPv6Address = options.IPv6Address },
                }
                : null,
        };
        await _http.SendJsonAsync(HttpMethod.Post, path, null, body, EngineJsonContext.Default.NetworkConnectWire, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Detaches a container from a network (<c>POST /networks/{id}/disconnect</c>).</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such network or container.</exception>
    /// <exception cref="Errors.EngineException">The container is not attached to it.</exception>
    public async Task DisconnectAsync(string network, DisconnectNetworkOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        string path = Paths.Network(network, "disconnect");
        RequireContainer(options.Container);
        var body = new NetworkDisconnectWire { Container = options.Container, Force = options.Force };
        await _http.SendJsonAsync(HttpMethod.Post, path, null, body, EngineJsonContext.Default.NetworkDisconnectWire, cancellationToken).ConfigureAwait(false);
    }

    private static void RequireContainer(string container)
    {
        if (string.IsNullOrWhiteSpace(container))
        {
            throw new ArgumentException("The container id or name is empty.", nameof(container));
        }
    }
}

using Containers.Engine.Api.Wire;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="SwarmClient.InitAsync"/> (<c>docker swarm init</c>). Null means the daemon's default.</summary>
public sealed record InitSwarmOptions
{
    /// <summary>Where the manager listens for other nodes, <c>address:port</c>; null means <c>0.0.0.0:2377</c>.</summary>
    public string? ListenAddress { get; init; }

    /// <summary>The address other nodes reach this one at (an IP, an interface name, optionally with a port);
    /// null lets the daemon choose, which fails on hosts with several addresses.</summary>
    public string? AdvertiseAddress { get; init; }

    /// <summary>The UDP port of the data path (VXLAN); null means 4789.</summary>
    public uint? DataPathPort { get; init; }
}

public sealed partial class SwarmClient
{
    /// <summary>
    /// Makes this engine the first manager of a new swarm (<c>POST /swarm/init</c>) and returns its node id. This changes
    /// how the engine runs for every user of it; callers ask before calling.
    /// </summary>
    /// <exception cref="Errors.EngineApiException">The engine is already part of a swarm (503), or an address is unusable (400).</exception>
    public async Task<string> InitAsync(InitSwarmOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var body = new SwarmInitWire
        {
            ListenAddr = options.ListenAddress ?? "0.0.0.0:2377",
            AdvertiseAddr = options.AdvertiseAddress,
            DataPathPort = options.DataPathPort,
        };
        return await _http.SendJsonAsync(HttpMethod.Post, "swarm/init", null, body,
            EngineJsonContext.Default.SwarmInitWire, EngineJsonContext.Default.String, cancellationToken).ConfigureAwait(false);
    }
}

using Containers.Engine.Connection;

namespace Containers.Engine.Api;

/// <summary>
/// A connection to one Docker engine: the endpoint, the negotiated API version and one client per
/// resource. Create it with <see cref="ConnectAsync"/>, which pings the daemon first so that an
/// unreachable engine fails once, up front, with the endpoint named. Thread-safe; share one per endpoint.
/// </summary>
public sealed class EngineClient : IDisposable
{
    private readonly EngineHttp _http;

    private EngineClient(EngineHttp http, PingResult ping)
    {
        _http = http;
        Ping = ping;
        Containers = new ContainersClient(http);
        Exec = new ExecClient(http);
        Images = new ImagesClient(http);
        Volumes = new VolumesClient(http);
        Networks = new NetworksClient(http);
        System = new SystemClient(http);
        Swarm = new SwarmClient(http);
        Services = new ServicesClient(http);
        Tasks = new TasksClient(http);
        Nodes = new NodesClient(http);
    }

    /// <summary>The endpoint this client talks to.</summary>
    public DockerEndpoint Endpoint => _http.Endpoint;

    /// <summary>The API version every request uses (negotiated, or fixed by <c>DOCKER_API_VERSION</c>).</summary>
    public ApiVersion ApiVersion => _http.Version ?? ApiVersion.Maximum;

    /// <summary>What the first ping reported.</summary>
    public PingResult Ping { get; }

    /// <summary>Containers: list, inspect, lifecycle.</summary>
    public ContainersClient Containers { get; }

    /// <summary>Exec: run processes in running containers (docker exec).</summary>
    public ExecClient Exec { get; }

    /// <summary>Images.</summary>
    public ImagesClient Images { get; }

    /// <summary>Volumes.</summary>
    public VolumesClient Volumes { get; }

    /// <summary>Networks: list, inspect, create, remove, connect, disconnect, prune.</summary>
    public NetworksClient Networks { get; }

    /// <summary>Engine-wide calls: ping, version, info.</summary>
    public SystemClient System { get; }

    /// <summary>Swarm membership: inspect, init, leave.</summary>
    public SwarmClient Swarm { get; }

    /// <summary>Swarm services: list, inspect, create, update (scale, image), remove, logs. Need a swarm manager.</summary>
    public ServicesClient Services { get; }

    /// <summary>Swarm tasks (the replicas of services). Need a swarm manager.</summary>
    public TasksClient Tasks { get; }

    /// <summary>Swarm nodes. Need a swarm manager.</summary>
    public NodesClient Nodes { get; }

    /// <summary>
    /// Connects to <paramref name="endpoint"/>: pings it and negotiates the API version as the docker CLI does
    /// (the lower of ours and the daemon's).
    /// </summary>
    /// <exception cref="Errors.EngineUnreachableException">Nothing answered at the endpoint; the message says why.</exception>
    public static async Task<EngineClient> ConnectAsync(DockerEndpoint endpoint, EngineClientOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        options ??= EngineClientOptions.FromEnvironment();
        var http = new EngineHttp(endpoint, options);
        try
        {
            PingResult ping = await SystemClient.PingAsync(http, options.PingTimeout, cancellationToken).ConfigureAwait(false);
            http.UseVersion(options.FixedApiVersion ?? ApiVersion.Negotiate(ping.ServerApiVersion));
            http.PodmanVersion = ping.LibpodApiVersion;
            return new EngineClient(http, ping);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>Closes pooled connections.</summary>
    public void Dispose() => _http.Dispose();
}

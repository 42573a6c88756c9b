namespace Containers.Engine.Api;

/// <summary>
/// Swarm membership calls (<c>docker swarm …</c>), one file per endpoint. Services, tasks and nodes have their own
/// clients; every one of those calls needs a swarm manager and throws
/// <see cref="Errors.EngineNotSwarmManagerException"/> on any other engine.
/// </summary>
public sealed partial class SwarmClient
{
    private readonly EngineHttp _http;

    internal SwarmClient(EngineHttp http) => _http = http;
}

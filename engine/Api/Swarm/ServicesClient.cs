namespace Containers.Engine.Api;

/// <summary>
/// Swarm service calls (<c>docker service …</c>), one file per endpoint. Every call needs a swarm manager and throws
/// <see cref="Errors.EngineNotSwarmManagerException"/> on any other engine.
/// </summary>
public sealed partial class ServicesClient
{
    private readonly EngineHttp _http;

    internal ServicesClient(EngineHttp http) => _http = http;
}

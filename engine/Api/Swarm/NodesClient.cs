namespace Containers.Engine.Api;

/// <summary>
/// Swarm node calls (<c>docker node …</c>). Every call needs a swarm manager and throws
/// <see cref="Errors.EngineNotSwarmManagerException"/> on any other engine.
/// </summary>
public sealed partial class NodesClient
{
    private readonly EngineHttp _http;

    internal NodesClient(EngineHttp http) => _http = http;
}

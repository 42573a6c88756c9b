namespace Containers.Engine.Api;

/// <summary>
/// Swarm task calls (<c>docker service ps</c>, <c>docker node ps</c>). Every call needs a swarm manager and throws
/// <see cref="Errors.EngineNotSwarmManagerException"/> on any other engine.
/// </summary>
public sealed partial class TasksClient
{
    private readonly EngineHttp _http;

    internal TasksClient(EngineHttp http) => _http = http;
}

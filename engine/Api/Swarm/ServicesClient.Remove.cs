namespace Containers.Engine.Api;

public sealed partial class ServicesClient
{
    /// <summary>Removes a service (<c>DELETE /services/{id}</c>); the swarm then stops and removes its tasks.</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such service.</exception>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is no swarm manager.</exception>
    public async Task RemoveAsync(string idOrName, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Delete, Paths.Service(idOrName), null, null, cancellationToken).ConfigureAwait(false);
    }
}

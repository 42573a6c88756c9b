namespace Containers.Engine.Api;

public sealed partial class NetworksClient
{
    /// <summary>Removes a network (<c>DELETE /networks/{id}</c>).</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such network.</exception>
    /// <exception cref="Errors.EngineException">
    /// Containers are attached, or it is a predefined network; daemons answer 403 or 409 for these, so look at the
    /// network's containers first to tell the user which ones.
    /// </exception>
    public async Task RemoveAsync(string idOrName, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Delete, Paths.Network(idOrName), null, null, cancellationToken).ConfigureAwait(false);
    }
}

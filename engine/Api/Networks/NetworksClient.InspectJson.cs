namespace Containers.Engine.Api;

public sealed partial class NetworksClient
{
    /// <summary>
    /// The daemon's own inspect answer for one network (<c>docker network inspect</c>), as indented JSON text with
    /// every field the daemon sent. For typed access use the models instead.
    /// </summary>
    /// <param name="networkRef">The network's id, unique id prefix or name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="Errors.EngineNotFoundException">No such network.</exception>
    public Task<string> InspectJsonAsync(string networkRef, CancellationToken cancellationToken) =>
        RawJson.GetIndentedAsync(_http, Paths.Network(networkRef), cancellationToken);
}

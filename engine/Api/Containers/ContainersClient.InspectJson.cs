namespace Containers.Engine.Api;

public sealed partial class ContainersClient
{
    /// <summary>
    /// The daemon's own inspect answer for one container (<c>docker container inspect</c>), as indented JSON text with
    /// every field the daemon sent. For typed access use the models instead.
    /// </summary>
    /// <param name="containerRef">The container's id, id prefix or name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    public Task<string> InspectJsonAsync(string containerRef, CancellationToken cancellationToken) =>
        RawJson.GetIndentedAsync(_http, Paths.Container(containerRef, "json"), cancellationToken);
}

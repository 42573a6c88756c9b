namespace Containers.Engine.Api;

public sealed partial class VolumesClient
{
    /// <summary>
    /// The daemon's own inspect answer for one volume (<c>docker volume inspect</c>), as indented JSON text with
    /// every field the daemon sent. For typed access use the models instead.
    /// </summary>
    /// <param name="volumeRef">The volume's name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="Errors.EngineNotFoundException">No such volume.</exception>
    public Task<string> InspectJsonAsync(string volumeRef, CancellationToken cancellationToken) =>
        RawJson.GetIndentedAsync(_http, Paths.Volume(volumeRef), cancellationToken);
}

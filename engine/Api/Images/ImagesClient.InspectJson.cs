namespace Containers.Engine.Api;

public sealed partial class ImagesClient
{
    /// <summary>
    /// The daemon's own inspect answer for one image (<c>docker image inspect</c>), as indented JSON text with
    /// every field the daemon sent. For typed access use the models instead.
    /// </summary>
    /// <param name="imageRef">The image's id, id prefix or reference (repo:tag, repo@digest).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="Errors.EngineNotFoundException">No such image.</exception>
    public Task<string> InspectJsonAsync(string imageRef, CancellationToken cancellationToken) =>
        RawJson.GetIndentedAsync(_http, Paths.Image(imageRef, "json"), cancellationToken);
}

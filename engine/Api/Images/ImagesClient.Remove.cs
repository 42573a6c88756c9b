using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ImagesClient.RemoveAsync"/>.</summary>
public sealed record RemoveImageOptions
{
    /// <summary>Remove even when tagged in several repositories or used by stopped containers (<c>docker rmi -f</c>). Default false.</summary>
    public bool Force { get; init; }

    /// <summary>Keep untagged parent images (<c>--no-prune</c>). Default false.</summary>
    public bool NoPrune { get; init; }
}

public sealed partial class ImagesClient
{
    /// <summary>Removes an image or one of its tags (<c>DELETE /images/{name}</c>).</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such image.</exception>
    /// <exception cref="Errors.EngineConflictException">A container uses it, it has child images, or (without force) several tags.</exception>
    public async Task<RemoveImageResult> RemoveAsync(string reference, RemoveImageOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var query = new Query().Add("force", options.Force ? true : null).Add("noprune", options.NoPrune ? true : null);
        List<ImageDeleteWire> wire = await _http.SendForJsonAsync(HttpMethod.Delete, Paths.Image(reference), query, EngineJsonContext.Default.ListImageDeleteWire, cancellationToken).ConfigureAwait(false);
        return new RemoveImageResult
        {
            Untagged = wire.Where(d => !string.IsNullOrEmpty(d.Untagged)).Select(d => d.Untagged!).ToArray(),
            Deleted = wire.Where(d => !string.IsNullOrEmpty(d.Deleted)).Select(d => d.Deleted!).ToArray(),
        };
    }
}

using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class ImagesClient
{
    /// <summary>The layers of an image, newest first (<c>GET /images/{name}/history</c>).</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such image.</exception>
    public async Task<IReadOnlyList<ImageHistoryItem>> HistoryAsync(string reference, CancellationToken cancellationToken)
    {
        List<ImageHistoryWire> wire = await _http.GetJsonAsync(Paths.Image(reference, "history"), null, EngineJsonContext.Default.ListImageHistoryWire, cancellationToken).ConfigureAwait(false);
        return wire.ConvertAll(w => new ImageHistoryItem
        {
            Id = string.IsNullOrEmpty(w.Id) ? "<missing>" : w.Id,
            Created = DateTimeOffset.FromUnixTimeSeconds(w.Created),
            CreatedBy = w.CreatedBy ?? "",
            Tags = w.Tags?.Where(t => t != "<none>:<none>").ToArray() ?? [],
            Size = w.Size,
            Comment = w.Comment ?? "",
        });
    }
}

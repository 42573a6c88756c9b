using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class ContainersClient
{
    /// <summary>Files changed in a container's file system since it was created (<c>GET /containers/{id}/changes</c>).</summary>
    public async Task<IReadOnlyList<ContainerChange>> ChangesAsync(string idOrName, CancellationToken cancellationToken)
    {
        List<ChangeWire>? wire = await _http.GetJsonAsync(Paths.Container(idOrName, "changes"), null, EngineJsonContext.Default.ListChangeWire, cancellationToken).ConfigureAwait(false);
        return (wire ?? []).ConvertAll(c => new ContainerChange
        {
            Path = c.Path ?? "",
            Kind = c.Kind switch { 0 => ChangeKind.Modified, 1 => ChangeKind.Added, 2 => ChangeKind.Deleted, _ => ChangeKind.Modified },
        });
    }
}

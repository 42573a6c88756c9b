using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class VolumesClient
{
    /// <summary>Inspects one volume (<c>GET /volumes/{name}</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such volume.</exception>
    public async Task<VolumeSummary> InspectAsync(string name, CancellationToken cancellationToken)
    {
        VolumeWire wire = await _http.GetJsonAsync(Paths.Volume(name), null, EngineJsonContext.Default.VolumeWire, cancellationToken).ConfigureAwait(false);
        return ToModel(wire);
    }
}

using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class NetworksClient
{
    /// <summary>Inspects one network (<c>GET /networks/{id}</c>) by id, unique id prefix or name, with its containers.</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such network.</exception>
    public async Task<NetworkDetails> InspectAsync(string idOrName, CancellationToken cancellationToken)
    {
        NetworkWire wire = await _http.GetJsonAsync(Paths.Network(idOrName), null, EngineJsonContext.Default.NetworkWire, cancellationToken).ConfigureAwait(false);
        return ToModel(wire);
    }
}

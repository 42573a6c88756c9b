using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class NodesClient
{
    /// <summary>Inspects one node by id, name or host name (<c>GET /nodes/{id}</c>); <c>self</c> is the engine asked.</summary>
    /// <exception cref="ArgumentException"><paramref name="idOrName"/> is empty.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such node.</exception>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is no swarm manager.</exception>
    public async Task<SwarmNode> InspectAsync(string idOrName, CancellationToken cancellationToken)
    {
        NodeWire wire = await _http.GetJsonAsync(Paths.Node(idOrName), null, EngineJsonContext.Default.NodeWire, cancellationToken).ConfigureAwait(false);
        return ToModel(wire);
    }
}

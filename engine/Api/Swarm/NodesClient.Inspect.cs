using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class NodesClient
{
    /// <summary>The name the docker CLI gives the node of the engine asked.</summary>
    public const string Self = "self";

    /// <summary>Inspects one node by id, name or host name (<c>GET /nodes/{id}</c>); <c>self</c> is the engine asked.</summary>
    /// <exception cref="ArgumentException"><paramref name="idOrName"/> is empty.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such node.</exception>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is no swarm manager.</exception>
    public async Task<SwarmNode> InspectAsync(string idOrName, CancellationToken cancellationToken)
    {
        if (idOrName == Self)
        {
            // The daemon does not know "self": the docker CLI resolves it through /info, and so do we.
            InfoWire info = await _http.GetJsonAsync("info", null, EngineJsonContext.Default.InfoWire, cancellationToken).ConfigureAwait(false);
            idOrName = info.Swarm?.NodeID is { Length: > 0 } self ? self : throw new Errors.EngineNotSwarmManagerException("This engine is not part of a swarm, so it has no node of its own.");
        }
        NodeWire wire = await _http.GetJsonAsync(Paths.Node(idOrName), null, EngineJsonContext.Default.NodeWire, cancellationToken).ConfigureAwait(false);
        return ToModel(wire);
    }
}

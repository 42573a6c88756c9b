using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class ServicesClient
{
    /// <summary>Inspects one service by name, id or unique id prefix (<c>GET /services/{id}</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="idOrName"/> is empty.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such service.</exception>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is no swarm manager.</exception>
    public async Task<ServiceSummary> InspectAsync(string idOrName, CancellationToken cancellationToken)
    {
        ServiceWire wire = await _http.GetJsonAsync(Paths.Service(idOrName), null, EngineJsonContext.Default.ServiceWire, cancellationToken).ConfigureAwait(false);
        return ServiceMapping.ToModel(wire);
    }

    /// <summary>The service as <c>docker service inspect</c> prints it: the daemon's JSON, every field, indented.</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such service.</exception>
    public Task<string> InspectJsonAsync(string idOrName, CancellationToken cancellationToken) =>
        RawJson.GetIndentedAsync(_http, Paths.Service(idOrName), cancellationToken);
}

using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class ContainersClient
{
    /// <summary>The processes running in a container (<c>GET /containers/{id}/top</c>), as <c>docker top</c> shows them.</summary>
    /// <param name="idOrName">The container.</param>
    /// <param name="psArguments">Arguments for ps inside the engine's host (default "-ef"); null for the default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="Errors.EngineConflictException">The container is not running.</exception>
    public async Task<ContainerProcessList> TopAsync(string idOrName, string? psArguments, CancellationToken cancellationToken)
    {
        TopWire wire = await _http.GetJsonAsync(Paths.Container(idOrName, "top"), new Query().Add("ps_args", psArguments), EngineJsonContext.Default.TopWire, cancellationToken).ConfigureAwait(false);
        return new ContainerProcessList
        {
            Titles = wire.Titles ?? [],
            Processes = (wire.Processes ?? []).ConvertAll(p => (IReadOnlyList<string>)p),
        };
    }
}

using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class SwarmClient
{
    /// <summary>Inspects the swarm this engine manages (<c>GET /swarm</c>); join tokens are not kept.</summary>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is in no swarm, or only a worker.</exception>
    public async Task<SwarmSummary> InspectAsync(CancellationToken cancellationToken)
    {
        SwarmWire wire = await _http.GetJsonAsync("swarm", null, EngineJsonContext.Default.SwarmWire, cancellationToken).ConfigureAwait(false);
        return new SwarmSummary
        {
            Id = wire.ID ?? "",
            Version = wire.Version?.Index ?? 0,
            CreatedAt = SwarmTimes.Parse(wire.CreatedAt),
            UpdatedAt = SwarmTimes.Parse(wire.UpdatedAt),
        };
    }
}

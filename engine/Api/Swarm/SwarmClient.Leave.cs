namespace Containers.Engine.Api;

/// <summary>Options of <see cref="SwarmClient.LeaveAsync"/> (<c>docker swarm leave</c>).</summary>
public sealed record LeaveSwarmOptions
{
    /// <summary>Leave even as a manager, which can cost the swarm its quorum (the last manager destroys it). Default false.</summary>
    public bool Force { get; init; }
}

public sealed partial class SwarmClient
{
    /// <summary>Makes this engine leave its swarm (<c>POST /swarm/leave</c>); its service tasks stop.</summary>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is in no swarm.</exception>
    /// <exception cref="Errors.EngineApiException">A manager without <see cref="LeaveSwarmOptions.Force"/>.</exception>
    public async Task LeaveAsync(LeaveSwarmOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Post, "swarm/leave", new Query().Add("force", options.Force ? true : null), null, cancellationToken).ConfigureAwait(false);
    }
}

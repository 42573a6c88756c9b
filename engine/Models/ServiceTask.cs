namespace Containers.Engine.Models;

/// <summary>A task of a swarm service (one replica on one node), as <c>docker service ps</c> reports it.</summary>
public sealed record ServiceTask
{
    /// <summary>The task's id (25 characters).</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The name <c>docker service ps</c> shows: <c>service.slot</c> for replicated services, <c>service.nodeid</c> for
    /// global ones; the bare service id when the service is already gone.
    /// </summary>
    public string Name { get; init; } = "";

    /// <summary>The service's id.</summary>
    public string ServiceId { get; init; } = "";

    /// <summary>The service's name; empty when the service is already gone.</summary>
    public string ServiceName { get; init; } = "";

    /// <summary>The replica slot (1-based) of a replicated service; null for global services.</summary>
    public int? Slot { get; init; }

    /// <summary>The node the task was scheduled on; empty while it is not yet scheduled.</summary>
    public string NodeId { get; init; } = "";

    /// <summary>The image the task runs.</summary>
    public string Image { get; init; } = "";

    /// <summary>What the swarm wants: running, shutdown, accepted, …</summary>
    public string DesiredState { get; init; } = "";

    /// <summary>What the task is: new, pending, assigned, preparing, starting, running, complete, failed, shutdown, rejected, orphaned, remove.</summary>
    public string State { get; init; } = "";

    /// <summary>When the task reached <see cref="State"/> (UTC); null when the daemon does not say.</summary>
    public DateTimeOffset? StateChangedAt { get; init; }

    /// <summary>The daemon's message about the state ("started", "preparing"…).</summary>
    public string Message { get; init; } = "";

    /// <summary>Why the task failed; null when it did not.</summary>
    public string? Error { get; init; }

    /// <summary>The task's container; null until the container exists.</summary>
    public string? ContainerId { get; init; }

    /// <summary>The container's exit code once it has exited; null before.</summary>
    public int? ExitCode { get; init; }

    /// <summary>When the task was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The task's labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
}

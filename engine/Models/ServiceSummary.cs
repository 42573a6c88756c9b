namespace Containers.Engine.Models;

/// <summary>A swarm service as <c>docker service ls</c>/<c>inspect</c> report it.</summary>
public sealed record ServiceSummary
{
    /// <summary>The service's id (25 characters).</summary>
    public required string Id { get; init; }

    /// <summary>The service's name.</summary>
    public required string Name { get; init; }

    /// <summary>The object version the swarm keeps for optimistic concurrency: an update must name it.</summary>
    public long Version { get; init; }

    /// <summary>When the service was created (UTC); null when the daemon does not say.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the service was last changed (UTC); null when the daemon does not say.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The service's labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The image its tasks run, as given (possibly pinned with <c>@sha256:…</c>).</summary>
    public string Image { get; init; } = "";

    /// <summary>The entrypoint override (<c>docker service create --entrypoint</c>); empty for the image's own.</summary>
    public IReadOnlyList<string> Entrypoint { get; init; } = [];

    /// <summary>The command (<c>docker service create IMAGE COMMAND…</c>); empty for the image's own.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>The environment of its tasks, <c>NAME=value</c> each.</summary>
    public IReadOnlyList<string> Environment { get; init; } = [];

    /// <summary>True when the tasks get a TTY (their logs are then one unmultiplexed stream).</summary>
    public bool Tty { get; init; }

    /// <summary><c>replicated</c>, <c>global</c>, <c>replicated-job</c> or <c>global-job</c>, as <c>docker service ls</c> writes it.</summary>
    public string Mode { get; init; } = "";

    /// <summary>The replicas asked for; null for global services (one task per node).</summary>
    public long? Replicas { get; init; }

    /// <summary>Tasks running now; null when the daemon did not count them (API before 1.41).</summary>
    public long? RunningTasks { get; init; }

    /// <summary>Tasks the swarm wants running; null when the daemon did not count them.</summary>
    public long? DesiredTasks { get; init; }

    /// <summary>The ports the service publishes.</summary>
    public IReadOnlyList<ServicePort> Ports { get; init; } = [];

    /// <summary>The state of the last rolling update (updating, paused, completed, rollback_…); null when never updated.</summary>
    public string? UpdateState { get; init; }

    /// <summary>The daemon's message about the last rolling update; null when none.</summary>
    public string? UpdateMessage { get; init; }
}

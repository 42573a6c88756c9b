namespace Containers.Engine.Models;

/// <summary>One event of the engine (docker events): something happened to a container, image, volume, network, …</summary>
public sealed record EngineEvent
{
    /// <summary>container, image, volume, network, daemon, plugin, service, node, secret, config.</summary>
    public required string Type { get; init; }

    /// <summary>What happened: create, start, die, destroy, pull, mount, connect, …</summary>
    public required string Action { get; init; }

    /// <summary>The id of the object it happened to.</summary>
    public string ActorId { get; init; } = "";

    /// <summary>The object's attributes at the time (name, image, exitCode, labels, …).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>local or swarm.</summary>
    public string Scope { get; init; } = "";

    /// <summary>When it happened (UTC, nanosecond clock truncated to ticks).</summary>
    public DateTimeOffset Time { get; init; }
}

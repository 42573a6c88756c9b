using Containers.Engine.Streams;

namespace Containers.Engine.Models;

/// <summary>One line of a swarm service's log, with the task and node it came from.</summary>
public sealed record ServiceLogLine
{
    /// <summary>Stdout or Stderr (a TTY service's output is all Stdout).</summary>
    public required StreamKind Stream { get; init; }

    /// <summary>When the engine received the line (UTC); null unless timestamps were asked for.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The text, without its line break.</summary>
    public required string Text { get; init; }

    /// <summary>The service's id; empty when the daemon did not say.</summary>
    public string ServiceId { get; init; } = "";

    /// <summary>The task that wrote the line; empty when the daemon did not say.</summary>
    public string TaskId { get; init; } = "";

    /// <summary>The node the task ran on; empty when the daemon did not say.</summary>
    public string NodeId { get; init; } = "";
}

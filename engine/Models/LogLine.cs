using Containers.Engine.Streams;

namespace Containers.Engine.Models;

/// <summary>One line of a container's log.</summary>
public sealed record LogLine
{
    /// <summary>Stdout or Stderr (a TTY container's output is all Stdout).</summary>
    public required StreamKind Stream { get; init; }

    /// <summary>When the engine received the line (UTC); null unless timestamps were asked for.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The text, without its line break.</summary>
    public required string Text { get; init; }
}

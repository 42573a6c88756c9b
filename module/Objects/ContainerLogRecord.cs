using Containers.Engine.Models;

namespace Containers;

/// <summary>One log line of a container: which stream, when (with -Timestamps), and the text.</summary>
public sealed class ContainerLogRecord
{
    internal ContainerLogRecord(string container, LogLine line)
    {
        Container = container;
        Stream = line.Stream.ToString();
        Timestamp = line.Timestamp?.LocalDateTime;
        Line = line.Text;
    }

    /// <summary>The container's name.</summary>
    public string Container { get; }

    /// <summary>Stdout or Stderr.</summary>
    public string Stream { get; }

    /// <summary>When the engine received the line (local time); null without -Timestamps.</summary>
    public DateTime? Timestamp { get; }

    /// <summary>The text of the line.</summary>
    public string Line { get; }

    /// <summary>The text, so Select-String and string conversion see the line itself.</summary>
    public override string ToString() => Line;
}

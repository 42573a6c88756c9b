using Containers.Engine.Models;

namespace Containers;

/// <summary>One log line of a swarm service: the task and node it came from, the stream, when (with -Timestamps), the text.</summary>
public sealed class ContainerServiceLogRecord
{
    internal ContainerServiceLogRecord(string service, ServiceLogLine line)
    {
        Service = service;
        TaskId = line.TaskId;
        NodeId = line.NodeId;
        Stream = line.Stream.ToString();
        Timestamp = line.Timestamp?.LocalDateTime;
        Line = line.Text;
    }

    /// <summary>The service's name.</summary>
    public string Service { get; }

    /// <summary>The task that wrote the line.</summary>
    public string TaskId { get; }

    /// <summary>The node the task ran on.</summary>
    public string NodeId { get; }

    /// <summary>Stdout or Stderr.</summary>
    public string Stream { get; }

    /// <summary>When the engine received the line (local time); null without -Timestamps.</summary>
    public DateTime? Timestamp { get; }

    /// <summary>The text of the line.</summary>
    public string Line { get; }

    /// <summary>The text, so Select-String and string conversion see the line itself.</summary>
    public override string ToString() => Line;
}

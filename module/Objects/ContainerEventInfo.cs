using Containers.Engine.Models;

namespace Containers;

/// <summary>One engine event (docker events) as an object: when, what kind of object, what happened, to which.</summary>
public sealed class ContainerEventInfo
{
    internal ContainerEventInfo(EngineEvent e, string context)
    {
        Time = e.Time.LocalDateTime;
        Type = e.Type;
        Action = e.Action;
        Id = e.ActorId;
        Name = e.Attributes.TryGetValue("name", out string? name) ? name : "";
        Attributes = e.Attributes;
        Scope = e.Scope;
        Context = context;
    }

    /// <summary>When it happened (local time).</summary>
    public DateTime Time { get; }

    /// <summary>container, image, volume, network, daemon, …</summary>
    public string Type { get; }

    /// <summary>create, start, die, destroy, pull, …</summary>
    public string Action { get; }

    /// <summary>The id of the object it happened to.</summary>
    public string Id { get; }

    /// <summary>The object's name, where it has one.</summary>
    public string Name { get; }

    /// <summary>The object's attributes at the time (image, exitCode, labels, …).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>local or swarm.</summary>
    public string Scope { get; }

    /// <summary>The context the event came from.</summary>
    public string Context { get; }
}

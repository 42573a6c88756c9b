using Containers.Engine.Models;

namespace Containers;

/// <summary>A task (one replica) of a swarm service, as docker service ps lists it.</summary>
public sealed class ContainerServiceTaskInfo
{
    internal ContainerServiceTaskInfo(ServiceTask task, string nodeName, string context, string dockerHost)
    {
        Id = task.Id;
        Name = task.Name;
        ServiceId = task.ServiceId;
        ServiceName = task.ServiceName;
        Slot = task.Slot;
        NodeId = task.NodeId;
        Node = nodeName;
        Image = task.Image;
        DesiredState = task.DesiredState;
        State = task.State;
        StateChangedAt = task.StateChangedAt?.LocalDateTime;
        Message = task.Message;
        Error = task.Error;
        ContainerId = task.ContainerId;
        ExitCode = task.ExitCode;
        CreatedAt = task.CreatedAt?.LocalDateTime;
        Context = context;
        DockerHost = dockerHost;
    }

    /// <summary>The task's full id.</summary>
    public string Id { get; }

    /// <summary>service.slot (replicated) or service.nodeid (global), as docker service ps names it.</summary>
    public string Name { get; }

    /// <summary>The service's id.</summary>
    public string ServiceId { get; }

    /// <summary>The service's name.</summary>
    public string ServiceName { get; }

    /// <summary>The replica slot (1-based); null for global services.</summary>
    public int? Slot { get; }

    /// <summary>The node's id; empty while the task is not scheduled.</summary>
    public string NodeId { get; }

    /// <summary>The node's host name, as docker service ps shows it.</summary>
    public string Node { get; }

    /// <summary>The image the task runs.</summary>
    public string Image { get; }

    /// <summary>What the swarm wants: running, shutdown, accepted.</summary>
    public string DesiredState { get; }

    /// <summary>What the task is: new, pending, preparing, starting, running, complete, failed, shutdown, rejected, …</summary>
    public string State { get; }

    /// <summary>When the task reached its state, in local time.</summary>
    public DateTime? StateChangedAt { get; }

    /// <summary>The CURRENT STATE column of docker service ps: "Running 5 minutes ago".</summary>
    public string CurrentState => State.Length == 0 ? "" :
        char.ToUpperInvariant(State[0]) + State[1..] + (StateChangedAt is null ? "" : " " + DisplayFormat.Since(StateChangedAt));

    /// <summary>The engine's message about the state.</summary>
    public string Message { get; }

    /// <summary>Why the task failed; null when it did not.</summary>
    public string? Error { get; }

    /// <summary>The task's container; null until it exists.</summary>
    public string? ContainerId { get; }

    /// <summary>The container's exit code once it exited.</summary>
    public int? ExitCode { get; }

    /// <summary>When the task was created, in local time.</summary>
    public DateTime? CreatedAt { get; }

    /// <summary>The context the task was listed from.</summary>
    public string Context { get; }

    /// <summary>The engine endpoint the task was listed from.</summary>
    public string DockerHost { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}

namespace Containers.Engine.Api.Wire;

// Swarm mode wire shapes (GET /swarm, POST /swarm/init, /services, /tasks, /nodes), only the fields we read or write.
// Service updates never go through these types: they edit the daemon's own spec as JSON (ServicesClient.Update) so
// that fields we do not model survive the round trip.

internal sealed class SwarmVersionWire
{
    public long Index { get; set; }
}

// GET /swarm.
internal sealed class SwarmWire
{
    public string? ID { get; set; }
    public SwarmVersionWire? Version { get; set; }
    public string? CreatedAt { get; set; }
    public string? UpdatedAt { get; set; }
    public bool RootRotationInProgress { get; set; }
    public uint? DataPathPort { get; set; }
    public List<string>? DefaultAddrPool { get; set; }
}

// POST /swarm/init.
internal sealed class SwarmInitWire
{
    public string ListenAddr { get; set; } = "0.0.0.0:2377";
    public string? AdvertiseAddr { get; set; }
    public string? DataPathAddr { get; set; }
    public uint? DataPathPort { get; set; }
    public bool ForceNewCluster { get; set; }
}

// GET /services, GET /services/{id}.
internal sealed class ServiceWire
{
    public string ID { get; set; } = "";
    public SwarmVersionWire? Version { get; set; }
    public string? CreatedAt { get; set; }
    public string? UpdatedAt { get; set; }
    public ServiceSpecWire? Spec { get; set; }
    public ServiceEndpointWire? Endpoint { get; set; }
    public ServiceUpdateStatusWire? UpdateStatus { get; set; }
    public ServiceStatusWire? ServiceStatus { get; set; }
}

internal sealed class ServiceSpecWire
{
    public string? Name { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public TaskSpecWire? TaskTemplate { get; set; }
    public ServiceModeWire? Mode { get; set; }
    public EndpointSpecWire? EndpointSpec { get; set; }
}

internal sealed class TaskSpecWire
{
    public ContainerSpecWire? ContainerSpec { get; set; }
    public TaskRestartPolicyWire? RestartPolicy { get; set; }
}

internal sealed class ContainerSpecWire
{
    public string? Image { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public List<string>? Command { get; set; }
    public List<string>? Args { get; set; }
    public List<string>? Env { get; set; }
    public string? Dir { get; set; }
    public string? User { get; set; }
    public bool TTY { get; set; }
}

internal sealed class TaskRestartPolicyWire
{
    public string? Condition { get; set; }
    public long? Delay { get; set; }
    public long? MaxAttempts { get; set; }
}

internal sealed class ServiceModeWire
{
    public ReplicatedModeWire? Replicated { get; set; }
    public EmptyWire? Global { get; set; }
    public ReplicatedModeWire? ReplicatedJob { get; set; }
    public EmptyWire? GlobalJob { get; set; }
}

internal sealed class ReplicatedModeWire
{
    public long? Replicas { get; set; }
}

internal sealed class EndpointSpecWire
{
    public string? Mode { get; set; }
    public List<ServicePortWire>? Ports { get; set; }
}

internal sealed class ServicePortWire
{
    public string? Name { get; set; }
    public string? Protocol { get; set; }
    public int TargetPort { get; set; }
    public int? PublishedPort { get; set; }
    public string? PublishMode { get; set; }
}

internal sealed class ServiceEndpointWire
{
    public EndpointSpecWire? Spec { get; set; }
    public List<ServicePortWire>? Ports { get; set; }
}

internal sealed class ServiceUpdateStatusWire
{
    public string? State { get; set; }
    public string? StartedAt { get; set; }
    public string? CompletedAt { get; set; }
    public string? Message { get; set; }
}

// GET /services?status=true (API 1.41).
internal sealed class ServiceStatusWire
{
    public long RunningTasks { get; set; }
    public long DesiredTasks { get; set; }
    public long CompletedTasks { get; set; }
}

// POST /services/create answer; Warning (one string) before API 1.42, Warnings after.
internal sealed class ServiceCreateResponseWire
{
    public string ID { get; set; } = "";
    public string? Warning { get; set; }
    public List<string>? Warnings { get; set; }
}

// POST /services/{id}/update answer.
internal sealed class ServiceUpdateResponseWire
{
    public List<string>? Warnings { get; set; }
}

// GET /tasks.
internal sealed class TaskWire
{
    public string ID { get; set; } = "";
    public SwarmVersionWire? Version { get; set; }
    public string? CreatedAt { get; set; }
    public string? UpdatedAt { get; set; }
    public string? Name { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public TaskSpecWire? Spec { get; set; }
    public string? ServiceID { get; set; }
    public int? Slot { get; set; }
    public string? NodeID { get; set; }
    public TaskStatusWire? Status { get; set; }
    public string? DesiredState { get; set; }
}

internal sealed class TaskStatusWire
{
    public string? Timestamp { get; set; }
    public string? State { get; set; }
    public string? Message { get; set; }
    public string? Err { get; set; }
    public TaskContainerStatusWire? ContainerStatus { get; set; }
}

internal sealed class TaskContainerStatusWire
{
    public string? ContainerID { get; set; }
    public int? PID { get; set; }
    public int? ExitCode { get; set; }
}

// GET /nodes, GET /nodes/{id}.
internal sealed class NodeWire
{
    public string ID { get; set; } = "";
    public SwarmVersionWire? Version { get; set; }
    public string? CreatedAt { get; set; }
    public string? UpdatedAt { get; set; }
    public NodeSpecWire? Spec { get; set; }
    public NodeDescriptionWire? Description { get; set; }
    public NodeStatusWire? Status { get; set; }
    public NodeManagerStatusWire? ManagerStatus { get; set; }
}

internal sealed class NodeSpecWire
{
    public string? Name { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public string? Role { get; set; }
    public string? Availability { get; set; }
}

internal sealed class NodeDescriptionWire
{
    public string? Hostname { get; set; }
    public NodePlatformWire? Platform { get; set; }
    public NodeResourcesWire? Resources { get; set; }
    public NodeEngineWire? Engine { get; set; }
}

internal sealed class NodePlatformWire
{
    public string? Architecture { get; set; }
    public string? OS { get; set; }
}

internal sealed class NodeResourcesWire
{
    public long NanoCPUs { get; set; }
    public long MemoryBytes { get; set; }
}

internal sealed class NodeEngineWire
{
    public string? EngineVersion { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
}

internal sealed class NodeStatusWire
{
    public string? State { get; set; }
    public string? Message { get; set; }
    public string? Addr { get; set; }
}

internal sealed class NodeManagerStatusWire
{
    public bool Leader { get; set; }
    public string? Reachability { get; set; }
    public string? Addr { get; set; }
}

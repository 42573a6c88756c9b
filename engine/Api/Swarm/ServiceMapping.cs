using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Service wire shapes to models.</summary>
internal static class ServiceMapping
{
    public static ServiceSummary ToModel(ServiceWire wire)
    {
        ServiceSpecWire spec = wire.Spec ?? new ServiceSpecWire();
        ContainerSpecWire container = spec.TaskTemplate?.ContainerSpec ?? new ContainerSpecWire();
        (string mode, long? replicas) = Mode(spec.Mode);
        // The ports the swarm assigned (Endpoint.Ports) know the published port even when the spec left it to the swarm.
        List<ServicePortWire> ports = wire.Endpoint?.Ports ?? spec.EndpointSpec?.Ports ?? [];
        return new ServiceSummary
        {
            Id = wire.ID,
            Name = spec.Name ?? "",
            Version = wire.Version?.Index ?? 0,
            CreatedAt = SwarmTimes.Parse(wire.CreatedAt),
            UpdatedAt = SwarmTimes.Parse(wire.UpdatedAt),
            Labels = spec.Labels ?? [],
            Image = container.Image ?? "",
            Entrypoint = container.Command ?? [],
            Command = container.Args ?? [],
            Environment = container.Env ?? [],
            Tty = container.TTY,
            Mode = mode,
            Replicas = replicas,
            RunningTasks = wire.ServiceStatus?.RunningTasks,
            DesiredTasks = wire.ServiceStatus?.DesiredTasks,
            Ports = ports.ConvertAll(ToModel),
            UpdateState = wire.UpdateStatus?.State,
            UpdateMessage = wire.UpdateStatus?.Message,
        };
    }

    public static ServicePort ToModel(ServicePortWire port) => new()
    {
        TargetPort = port.TargetPort,
        PublishedPort = port.PublishedPort is > 0 ? port.PublishedPort : null,
        Protocol = port.Protocol ?? "tcp",
        PublishMode = port.PublishMode ?? "ingress",
    };

    // The docker CLI's names for the modes (service ls MODE column).
    private static (string Mode, long? Replicas) Mode(ServiceModeWire? mode) => mode switch
    {
        { Replicated: { } replicated } => ("replicated", replicated.Replicas ?? 1),
        { Global: not null } => ("global", null),
        { ReplicatedJob: { } job } => ("replicated-job", job.Replicas ?? 1),
        { GlobalJob: not null } => ("global-job", null),
        _ => ("", null),
    };
}

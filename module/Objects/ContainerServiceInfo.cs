using Containers.Engine.Models;

namespace Containers;

/// <summary>A swarm service in the pipeline.</summary>
public sealed class ContainerServiceInfo
{
    internal ContainerServiceInfo(ServiceSummary service, string context, string dockerHost)
    {
        Id = service.Id;
        Name = service.Name;
        Mode = service.Mode;
        Replicas = service.Replicas;
        RunningTasks = service.RunningTasks;
        DesiredTasks = service.DesiredTasks;
        Image = service.Image;
        Command = [.. service.Command];
        Entrypoint = [.. service.Entrypoint];
        Environment = [.. service.Environment];
        Ports = [.. service.Ports];
        Labels = new Dictionary<string, string>(service.Labels, StringComparer.Ordinal);
        CreatedAt = service.CreatedAt?.LocalDateTime;
        UpdatedAt = service.UpdatedAt?.LocalDateTime;
        UpdateState = service.UpdateState;
        UpdateMessage = service.UpdateMessage;
        Version = service.Version;
        Context = context;
        DockerHost = dockerHost;
    }

    /// <summary>The service's full id.</summary>
    public string Id { get; }

    /// <summary>The service's name.</summary>
    public string Name { get; }

    /// <summary>replicated, global, replicated-job or global-job.</summary>
    public string Mode { get; }

    /// <summary>The replicas asked for; null for global services.</summary>
    public long? Replicas { get; }

    /// <summary>Tasks running now; null when the engine did not count them.</summary>
    public long? RunningTasks { get; }

    /// <summary>Tasks the swarm wants running; null when the engine did not count them.</summary>
    public long? DesiredTasks { get; }

    /// <summary>"running/desired", as the REPLICAS column of docker service ls.</summary>
    public string ReplicaStatus => RunningTasks is null && DesiredTasks is null
        ? Replicas?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""
        : $"{RunningTasks}/{DesiredTasks}";

    /// <summary>The image the tasks run.</summary>
    public string Image { get; }

    /// <summary>The command the tasks run; empty for the image's own.</summary>
    public string[] Command { get; }

    /// <summary>The entrypoint override; empty for the image's own.</summary>
    public string[] Entrypoint { get; }

    /// <summary>The tasks' environment, NAME=value each.</summary>
    public string[] Environment { get; }

    /// <summary>The published ports (*:8080->80/tcp).</summary>
    public ServicePort[] Ports { get; }

    /// <summary>The service's labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>When the service was created, in local time.</summary>
    public DateTime? CreatedAt { get; }

    /// <summary>When the service last changed, in local time.</summary>
    public DateTime? UpdatedAt { get; }

    /// <summary>The state of the last rolling update (updating, paused, completed, …); null when never updated.</summary>
    public string? UpdateState { get; }

    /// <summary>The engine's message about the last rolling update.</summary>
    public string? UpdateMessage { get; }

    /// <summary>The swarm's object version (each change increments it).</summary>
    public long Version { get; }

    /// <summary>The context the service was listed from.</summary>
    public string Context { get; }

    /// <summary>The engine endpoint (a swarm manager) the service was listed from.</summary>
    public string DockerHost { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}

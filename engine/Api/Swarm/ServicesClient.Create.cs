using Containers.Engine.Api.Wire;
using Containers.Engine.Specs;

namespace Containers.Engine.Api;

/// <summary>How a service places its tasks.</summary>
public enum ServiceMode
{
    /// <summary>A fixed number of tasks (<see cref="CreateServiceOptions.Replicas"/>) spread over the nodes.</summary>
    Replicated,

    /// <summary>One task on every node that can run it.</summary>
    Global,
}

/// <summary>Options of <see cref="ServicesClient.CreateAsync"/> (<c>docker service create</c>). Null means the daemon's default.</summary>
public sealed record CreateServiceOptions
{
    /// <summary>The service's name; null lets the swarm make one up (as <c>docker service create</c> without --name).</summary>
    public string? Name { get; init; }

    /// <summary>The image the tasks run. Required. It is not resolved to a digest: each node uses what it has or pulls.</summary>
    public required string Image { get; init; }

    /// <summary>The command and its arguments (<c>docker service create IMAGE COMMAND ARG…</c>); null runs the image's own.</summary>
    public IReadOnlyList<string>? Command { get; init; }

    /// <summary>Overrides the image's entrypoint (<c>--entrypoint</c>); null keeps it.</summary>
    public IReadOnlyList<string>? Entrypoint { get; init; }

    /// <summary>Environment variables of the tasks (<c>--env</c>).</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Labels of the service (<c>--label</c>).</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Labels of the tasks' containers (<c>--container-label</c>).</summary>
    public IReadOnlyDictionary<string, string>? ContainerLabels { get; init; }

    /// <summary>Replicated (default) or global.</summary>
    public ServiceMode Mode { get; init; } = ServiceMode.Replicated;

    /// <summary>Tasks of a replicated service; null means 1. Not allowed with <see cref="ServiceMode.Global"/>.</summary>
    public long? Replicas { get; init; }

    /// <summary>
    /// Ports published through the routing mesh on every node (<c>--publish 8080:80</c>). A host IP is refused (the
    /// mesh listens on every address); a missing host port lets the swarm assign one from 30000–32767.
    /// </summary>
    public IReadOnlyList<PortSpec>? Ports { get; init; }

    /// <summary>Allocate a TTY for the tasks (<c>--tty</c>). Default false.</summary>
    public bool Tty { get; init; }
}

/// <summary>What <see cref="ServicesClient.CreateAsync"/> returns.</summary>
public sealed record CreateServiceResult
{
    /// <summary>The new service's id.</summary>
    public required string Id { get; init; }

    /// <summary>The daemon's warnings, e.g. that the image could not be pinned to a digest.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public sealed partial class ServicesClient
{
    /// <summary>
    /// Creates a service (<c>POST /services/create</c>). The call returns once the swarm has accepted the spec; the
    /// tasks start after it (watch them with <see cref="TasksClient.ListAsync"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The options contradict each other (replicas of a global service, a host IP).</exception>
    /// <exception cref="Errors.EngineConflictException">A service of that name exists.</exception>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is no swarm manager.</exception>
    public async Task<CreateServiceResult> CreateAsync(CreateServiceOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ServiceSpecWire spec = ToSpec(options);
        ServiceCreateResponseWire wire = await _http.SendJsonAsync(HttpMethod.Post, "services/create", null, spec,
            EngineJsonContext.Default.ServiceSpecWire, EngineJsonContext.Default.ServiceCreateResponseWire, cancellationToken).ConfigureAwait(false);
        List<string> warnings = wire.Warnings ?? [];
        if (wire.Warning is { Length: > 0 } warning)
        {
            warnings.Add(warning);
        }
        return new CreateServiceResult { Id = wire.ID, Warnings = warnings };
    }

    /// <summary>Checks <paramref name="options"/> as <see cref="CreateAsync"/> does, without asking the engine.</summary>
    /// <exception cref="ArgumentException">The options contradict each other; the message says how.</exception>
    public static void Validate(CreateServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = ToSpec(options);
    }

    internal static ServiceSpecWire ToSpec(CreateServiceOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Image))
        {
            throw new ArgumentException("The image is empty.", nameof(options));
        }
        if (options.Name is not null && string.IsNullOrWhiteSpace(options.Name))
        {
            throw new ArgumentException("The service name is empty; pass null for a generated name.", nameof(options));
        }
        if (options.Mode == ServiceMode.Global && options.Replicas is not null)
        {
            throw new ArgumentException("Replicas apply to replicated services only; a global service runs one task per node.", nameof(options));
        }
        if (options.Replicas is < 0)
        {
            throw new ArgumentException("Replicas cannot be negative.", nameof(options));
        }
        List<ServicePortWire>? ports = options.Ports?.Select(ToWire).ToList();
        return new ServiceSpecWire
        {
            Name = options.Name,
            Labels = Copy(options.Labels),
            TaskTemplate = new TaskSpecWire
            {
                ContainerSpec = new ContainerSpecWire
                {
                    Image = options.Image,
                    Command = options.Entrypoint?.ToList(),
                    Args = options.Command?.ToList(),
                    Env = options.Environment?.Select(e => e.Key + "=" + e.Value).ToList(),
                    Labels = Copy(options.ContainerLabels),
                    TTY = options.Tty,
                },
            },
            Mode = options.Mode == ServiceMode.Global
                ? new ServiceModeWire { Global = new EmptyWire() }
                : new ServiceModeWire { Replicated = new ReplicatedModeWire { Replicas = options.Replicas ?? 1 } },
            EndpointSpec = ports is { Count: > 0 } ? new EndpointSpecWire { Mode = "vip", Ports = ports } : null,
        };
    }

    private static ServicePortWire ToWire(PortSpec port)
    {
        if (port.HostIP is not null)
        {
            throw new ArgumentException($"A service publishes on every address of every node; '{port.HostIP}' cannot be given for port {port.Key}.", nameof(port));
        }
        return new ServicePortWire { Protocol = port.Protocol, TargetPort = port.ContainerPort, PublishedPort = port.HostPort, PublishMode = "ingress" };
    }

    private static Dictionary<string, string>? Copy(IReadOnlyDictionary<string, string>? values) =>
        values is null ? null : new Dictionary<string, string>(values, StringComparer.Ordinal);
}

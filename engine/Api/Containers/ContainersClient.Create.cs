using Containers.Engine.Api.Wire;
using Containers.Engine.Specs;

namespace Containers.Engine.Api;

/// <summary>
/// Options of <see cref="ContainersClient.CreateAsync"/>, in the docker CLI's terms. Null or empty means the
/// image's or the engine's default.
/// </summary>
public sealed record CreateContainerOptions
{
    /// <summary>The image reference (required).</summary>
    public required string Image { get; init; }

    /// <summary>The container's name; null lets the engine make one up.</summary>
    public string? Name { get; init; }

    /// <summary>The command (argv); null keeps the image's CMD.</summary>
    public IReadOnlyList<string>? Command { get; init; }

    /// <summary>The entrypoint (argv); null keeps the image's; an empty list clears it.</summary>
    public IReadOnlyList<string>? Entrypoint { get; init; }

    /// <summary>Environment variables.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Labels.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Published ports.</summary>
    public IReadOnlyList<PortSpec>? Ports { get; init; }

    /// <summary>Volumes and bind mounts in <c>-v</c> form.</summary>
    public IReadOnlyList<VolumeSpec>? Volumes { get; init; }

    /// <summary>Mounts in <c>--mount</c> form.</summary>
    public IReadOnlyList<MountSpec>? Mounts { get; init; }

    /// <summary>The network to join (bridge, host, none, a network name, container:&lt;id&gt;).</summary>
    public string? Network { get; init; }

    /// <summary>The restart policy.</summary>
    public RestartPolicy? RestartPolicy { get; init; }

    /// <summary>Memory limit in bytes.</summary>
    public long? MemoryBytes { get; init; }

    /// <summary>CPU limit in CPUs (1.5 = one and a half cores).</summary>
    public double? Cpus { get; init; }

    /// <summary>User (name, uid, uid:gid).</summary>
    public string? User { get; init; }

    /// <summary>Working directory inside the container.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Host name inside the container.</summary>
    public string? Hostname { get; init; }

    /// <summary>Allocate a pseudo-TTY.</summary>
    public bool Tty { get; init; }

    /// <summary>Keep stdin open (<c>-i</c>).</summary>
    public bool Interactive { get; init; }

    /// <summary>Attach stdout and stderr (for run without -d).</summary>
    public bool AttachOutput { get; init; }

    /// <summary>Remove the container when it exits (<c>--rm</c>).</summary>
    public bool AutoRemove { get; init; }

    /// <summary>Health check.</summary>
    public HealthCheckSpec? HealthCheck { get; init; }

    /// <summary>Give extended privileges (<c>--privileged</c>).</summary>
    public bool Privileged { get; init; }
}

/// <summary>What <see cref="ContainersClient.CreateAsync"/> returns.</summary>
public sealed record CreateContainerResult
{
    /// <summary>The new container's id.</summary>
    public required string Id { get; init; }

    /// <summary>Warnings the engine gave (e.g. a limit it could not apply).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public sealed partial class ContainersClient
{
    /// <summary>Creates a container (<c>POST /containers/create</c>). The image must exist locally.</summary>
    /// <exception cref="Errors.EngineNotFoundException">The image does not exist locally.</exception>
    /// <exception cref="Errors.EngineConflictException">The name is taken.</exception>
    public async Task<CreateContainerResult> CreateAsync(CreateContainerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Image))
        {
            throw new ArgumentException("The image is empty.", nameof(options));
        }
        ContainerCreateResponseWire created = await _http.SendJsonAsync(HttpMethod.Post, "containers/create", new Query().Add("name", options.Name),
            ContainerCreateMapping.ToWire(options), EngineJsonContext.Default.ContainerCreateWire, EngineJsonContext.Default.ContainerCreateResponseWire, cancellationToken).ConfigureAwait(false);
        return new CreateContainerResult { Id = created.Id ?? "", Warnings = created.Warnings ?? [] };
    }
}

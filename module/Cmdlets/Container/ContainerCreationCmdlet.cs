using System.Collections;
using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Specs;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// The creation parameters New-Container and Invoke-ContainerImage share, in PowerShell terms, and their
/// translation to the engine's options. Every docker-syntax value is validated while binding.
/// </summary>
public abstract class ContainerCreationCmdlet : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">The image to create the container from (it must exist locally).</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Reference")]
    [ValidateNotNullOrEmpty]
    public string Image { get; set; } = "";

    /// <summary>
    /// <para type="description">The command and its arguments (replaces the image's CMD). Everything after the image on the command line.</para>
    /// </summary>
    [Parameter(Position = 1, ValueFromRemainingArguments = true)]
    public string[]? Command { get; set; }

    /// <summary>
    /// <para type="description">The container's name (letters, digits, _ . -).</para>
    /// </summary>
    [Parameter]
    [ValidatePattern("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$")]
    public string? Name { get; set; }

    /// <summary>
    /// <para type="description">Replaces the image's entrypoint; an empty string clears it.</para>
    /// </summary>
    [Parameter]
    [AllowEmptyString]
    public string[]? Entrypoint { get; set; }

    /// <summary>
    /// <para type="description">Environment variables, as a hashtable: @{ KEY = 'value' }.</para>
    /// </summary>
    [Parameter]
    [Alias("Env")]
    public Hashtable? Environment { get; set; }

    /// <summary>
    /// <para type="description">Ports to publish, in docker's -p form: '8080:80', '127.0.0.1:53:53/udp', '80' (any free host port), '8000-8002:80-82'.</para>
    /// </summary>
    [Parameter]
    [ValidateSpec(SpecKind.Port)]
    public string[]? Publish { get; set; }

    /// <summary>
    /// <para type="description">Volumes and bind mounts, in docker's -v form: 'data:/data', '/host/path:/c:ro', '/anonymous'.</para>
    /// </summary>
    [Parameter]
    [ValidateSpec(SpecKind.Volume)]
    public string[]? Volume { get; set; }

    /// <summary>
    /// <para type="description">Mounts, in docker's --mount form: 'type=volume,source=data,target=/data,readonly', 'type=tmpfs,target=/run'.</para>
    /// </summary>
    [Parameter]
    [ValidateSpec(SpecKind.Mount)]
    public string[]? Mount { get; set; }

    /// <summary>
    /// <para type="description">The network to join: bridge (default), host, none, or a network's name.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Network { get; set; }

    /// <summary>
    /// <para type="description">Labels, as a hashtable: @{ tier = 'web' }.</para>
    /// </summary>
    [Parameter]
    public Hashtable? Label { get; set; }

    /// <summary>
    /// <para type="description">The restart policy: no, always, unless-stopped, on-failure or on-failure:N.</para>
    /// </summary>
    [Parameter]
    [ValidateSpec(SpecKind.RestartPolicy)]
    [ArgumentCompleter(typeof(Completers.RestartPolicyCompleter))]
    public string? RestartPolicy { get; set; }

    /// <summary>
    /// <para type="description">Memory limit: bytes (512MB) or docker units ('512m', '1g').</para>
    /// </summary>
    [Parameter]
    [ByteSizeTransformation]
    [ValidateRange(6291456L, long.MaxValue)]
    public long? Memory { get; set; }

    /// <summary>
    /// <para type="description">CPU limit in CPUs, e.g. 1.5.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0.01, 1024.0)]
    public double? Cpus { get; set; }

    /// <summary>
    /// <para type="description">The user to run as: name, uid, or uid:gid.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? User { get; set; }

    /// <summary>
    /// <para type="description">The working directory inside the container (absolute).</para>
    /// </summary>
    [Parameter]
    [ValidatePattern("^/")]
    public string? WorkingDirectory { get; set; }

    /// <summary>
    /// <para type="description">The host name inside the container.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Hostname { get; set; }

    /// <summary>
    /// <para type="description">Allocates a pseudo-TTY (docker -t).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Tty { get; set; }

    /// <summary>
    /// <para type="description">Keeps stdin open (docker -i).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Interactive { get; set; }

    /// <summary>
    /// <para type="description">Removes the container when it exits (docker --rm).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter AutoRemove { get; set; }

    /// <summary>
    /// <para type="description">Gives the container extended privileges (docker --privileged).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Privileged { get; set; }

    /// <summary>
    /// <para type="description">The health check command, run by /bin/sh in the container.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? HealthCheckCommand { get; set; }

    /// <summary>
    /// <para type="description">Time between health checks.</para>
    /// </summary>
    [Parameter]
    public TimeSpan? HealthCheckInterval { get; set; }

    /// <summary>
    /// <para type="description">Time one health check may take.</para>
    /// </summary>
    [Parameter]
    public TimeSpan? HealthCheckTimeout { get; set; }

    /// <summary>
    /// <para type="description">Failures in a row before the container is unhealthy.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? HealthCheckRetries { get; set; }

    /// <summary>
    /// <para type="description">Start-up time during which failing checks do not count.</para>
    /// </summary>
    [Parameter]
    public TimeSpan? HealthCheckStartPeriod { get; set; }

    /// <summary>
    /// <para type="description">Turns off the image's health check.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter NoHealthCheck { get; set; }

    /// <summary>The engine options for these parameters; <paramref name="attachOutput"/> for a run that streams output.</summary>
    protected CreateContainerOptions BuildOptions(bool attachOutput)
    {
        bool anyHealth = HealthCheckCommand is not null || HealthCheckInterval is not null || HealthCheckTimeout is not null
            || HealthCheckRetries is not null || HealthCheckStartPeriod is not null || NoHealthCheck;
        return new CreateContainerOptions
        {
            Image = Image,
            Name = Name?.TrimStart('/'),
            Command = Command is { Length: > 0 } ? Command : null,
            Entrypoint = Entrypoint is null ? null : Entrypoint.Where(e => e.Length > 0).ToArray(),
            Environment = HashtableParameters.ToStrings(Environment),
            Labels = HashtableParameters.ToStrings(Label),
            Ports = Publish?.SelectMany(PortSpec.Parse).ToArray(),
            Volumes = Volume?.Select(VolumeSpec.Parse).ToArray(),
            Mounts = Mount?.Select(MountSpec.Parse).ToArray(),
            Network = Network,
            RestartPolicy = RestartPolicy is null ? null : Engine.Specs.RestartPolicy.Parse(RestartPolicy),
            MemoryBytes = Memory,
            Cpus = Cpus,
            User = User,
            WorkingDirectory = WorkingDirectory,
            Hostname = Hostname,
            Tty = Tty,
            Interactive = Interactive,
            AttachOutput = attachOutput,
            AutoRemove = AutoRemove,
            Privileged = Privileged,
            HealthCheck = anyHealth
                ? new HealthCheckSpec
                {
                    Command = HealthCheckCommand,
                    Disable = NoHealthCheck,
                    Interval = HealthCheckInterval,
                    Timeout = HealthCheckTimeout,
                    Retries = HealthCheckRetries,
                    StartPeriod = HealthCheckStartPeriod,
                }
                : null,
        };
    }

    /// <summary>What ShouldProcess shows: "container 'web' from image 'nginx'".</summary>
    protected string DescribeNew() => Name is null ? $"new container from image '{Image}'" : $"container '{Name}' from image '{Image}'";
}

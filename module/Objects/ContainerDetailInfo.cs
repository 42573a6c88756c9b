using Containers.Engine.Models;
using Containers.Engine.Specs;

namespace Containers;

/// <summary>
/// A container's full details (docker inspect) as an object: configuration, limits, state and health.
/// Get-Container -Detailed writes these; Id and Name bind to other cmdlets like ContainerInfo's.
/// </summary>
public sealed class ContainerDetailInfo
{
    internal ContainerDetailInfo(ContainerDetails d, string context, string dockerHost)
    {
        Id = d.Id;
        Name = d.Name;
        Image = d.Image;
        ImageId = d.ImageId;
        Created = d.Created.LocalDateTime;
        State = d.State;
        Health = d.Health;
        Pid = d.Pid;
        ExitCode = d.ExitCode;
        Error = d.Error;
        OomKilled = d.OomKilled;
        StartedAt = d.StartedAt?.LocalDateTime;
        FinishedAt = d.FinishedAt?.LocalDateTime;
        RestartCount = d.RestartCount;
        CommandLine = d.CommandLine.ToArray();
        Entrypoint = d.Entrypoint.ToArray();
        Command = d.Command.ToArray();
        Environment = d.Environment;
        Labels = d.Labels;
        Hostname = d.Hostname;
        User = d.User;
        WorkingDirectory = d.WorkingDirectory;
        Tty = d.Tty;
        RestartPolicy = d.RestartPolicy;
        AutoRemove = d.AutoRemove;
        Privileged = d.Privileged;
        MemoryBytes = d.MemoryBytes;
        Cpus = d.Cpus;
        NetworkMode = d.NetworkMode;
        Ports = d.Ports.ToArray();
        Mounts = d.Mounts.ToArray();
        Networks = d.Networks.ToArray();
        LogPath = d.LogPath;
        Context = context;
        DockerHost = dockerHost;
    }

    /// <summary>The full id.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The image reference given at creation.</summary>
    public string Image { get; }

    /// <summary>The image id.</summary>
    public string ImageId { get; }

    /// <summary>When it was created (local time).</summary>
    public DateTime Created { get; }

    /// <summary>created, running, paused, restarting, removing, exited or dead.</summary>
    public string State { get; }

    /// <summary>healthy, unhealthy or starting; null without a health check.</summary>
    public string? Health { get; }

    /// <summary>The main process's id on the host; 0 when not running.</summary>
    public int Pid { get; }

    /// <summary>The last exit code.</summary>
    public int ExitCode { get; }

    /// <summary>The engine's error for the last start; empty when none.</summary>
    public string Error { get; }

    /// <summary>True when the kernel killed it for memory.</summary>
    public bool OomKilled { get; }

    /// <summary>When it last started (local time); null when never.</summary>
    public DateTime? StartedAt { get; }

    /// <summary>When it last stopped (local time); null when never.</summary>
    public DateTime? FinishedAt { get; }

    /// <summary>How often the engine restarted it.</summary>
    public int RestartCount { get; }

    /// <summary>What runs: entrypoint and command as argv.</summary>
    public string[] CommandLine { get; }

    /// <summary>The configured entrypoint.</summary>
    public string[] Entrypoint { get; }

    /// <summary>The configured command.</summary>
    public string[] Command { get; }

    /// <summary>Environment variables.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The host name inside the container.</summary>
    public string Hostname { get; }

    /// <summary>The user it runs as; empty for the image's default.</summary>
    public string User { get; }

    /// <summary>The working directory; empty for the image's default.</summary>
    public string WorkingDirectory { get; }

    /// <summary>True when it has a TTY.</summary>
    public bool Tty { get; }

    /// <summary>The restart policy; null when none.</summary>
    public RestartPolicy? RestartPolicy { get; }

    /// <summary>True when removed on exit.</summary>
    public bool AutoRemove { get; }

    /// <summary>True when privileged.</summary>
    public bool Privileged { get; }

    /// <summary>Memory limit in bytes; null for none.</summary>
    public long? MemoryBytes { get; }

    /// <summary>CPU limit in CPUs; null for none.</summary>
    public double? Cpus { get; }

    /// <summary>The network mode.</summary>
    public string NetworkMode { get; }

    /// <summary>Published ports.</summary>
    public PortMapping[] Ports { get; }

    /// <summary>Volumes and bind mounts.</summary>
    public MountPoint[] Mounts { get; }

    /// <summary>Networks it is attached to.</summary>
    public ContainerNetworkEndpoint[] Networks { get; }

    /// <summary>Where the engine keeps its log.</summary>
    public string LogPath { get; }

    /// <summary>The context it came from.</summary>
    public string Context { get; }

    /// <summary>The endpoint it came from.</summary>
    public string DockerHost { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}

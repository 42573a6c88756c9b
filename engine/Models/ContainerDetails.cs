using Containers.Engine.Specs;

namespace Containers.Engine.Models;

/// <summary>
/// A container as inspect reports it: configuration, limits, state and health, in typed form.
/// Times are UTC; sizes are bytes; null means the engine did not say.
/// </summary>
public sealed record ContainerDetails
{
    /// <summary>The full id.</summary>
    public required string Id { get; init; }

    /// <summary>The name without the leading '/'.</summary>
    public string Name { get; init; } = "";

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>The image reference given at creation.</summary>
    public string Image { get; init; } = "";

    /// <summary>The image id.</summary>
    public string ImageId { get; init; } = "";

    /// <summary>created, running, paused, restarting, removing, exited or dead.</summary>
    public string State { get; init; } = "";

    /// <summary>The main process's id on the host; 0 when not running.</summary>
    public int Pid { get; init; }

    /// <summary>The last exit code (0 while it never exited).</summary>
    public int ExitCode { get; init; }

    /// <summary>The engine's error for the last start, if any; empty otherwise.</summary>
    public string Error { get; init; } = "";

    /// <summary>True when the kernel killed it for memory.</summary>
    public bool OomKilled { get; init; }

    /// <summary>When it last started (UTC); null when never.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it last stopped (UTC); null when never.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>healthy, unhealthy or starting; null without a health check.</summary>
    public string? Health { get; init; }

    /// <summary>How often the engine restarted it.</summary>
    public int RestartCount { get; init; }

    /// <summary>The entrypoint and command as run (argv).</summary>
    public IReadOnlyList<string> CommandLine { get; init; } = [];

    /// <summary>The configured entrypoint (argv); empty when none.</summary>
    public IReadOnlyList<string> Entrypoint { get; init; } = [];

    /// <summary>The configured command (argv); empty when none.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>Environment variables.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The host name inside the container.</summary>
    public string Hostname { get; init; } = "";

    /// <summary>The user it runs as; empty for the image's default.</summary>
    public string User { get; init; } = "";

    /// <summary>The working directory; empty for the image's default.</summary>
    public string WorkingDirectory { get; init; } = "";

    /// <summary>True when it has a TTY.</summary>
    public bool Tty { get; init; }

    /// <summary>The restart policy; null when none was set.</summary>
    public RestartPolicy? RestartPolicy { get; init; }

    /// <summary>True when it is removed on exit.</summary>
    public bool AutoRemove { get; init; }

    /// <summary>True when privileged.</summary>
    public bool Privileged { get; init; }

    /// <summary>Memory limit in bytes; null for none.</summary>
    public long? MemoryBytes { get; init; }

    /// <summary>CPU limit in CPUs; null for none.</summary>
    public double? Cpus { get; init; }

    /// <summary>The network mode.</summary>
    public string NetworkMode { get; init; } = "";

    /// <summary>Published ports (the bindings in force while running, else the configured ones).</summary>
    public IReadOnlyList<PortMapping> Ports { get; init; } = [];

    /// <summary>Volumes and bind mounts.</summary>
    public IReadOnlyList<MountPoint> Mounts { get; init; } = [];

    /// <summary>The networks it is attached to.</summary>
    public IReadOnlyList<ContainerNetworkEndpoint> Networks { get; init; } = [];

    /// <summary>The storage driver.</summary>
    public string Driver { get; init; } = "";

    /// <summary>Where the engine keeps its log.</summary>
    public string LogPath { get; init; } = "";

}

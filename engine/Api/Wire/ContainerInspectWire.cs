namespace Containers.Engine.Api.Wire;

// GET /containers/{id}/json: the fields ContainerDetails surfaces.
internal sealed class ContainerInspectWire
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? Created { get; set; }
    public string? Image { get; set; }
    public string? Path { get; set; }
    public List<string>? Args { get; set; }
    public int RestartCount { get; set; }
    public string? Driver { get; set; }
    public string? Platform { get; set; }
    public string? LogPath { get; set; }
    public ContainerStateWire? State { get; set; }
    public ContainerConfigWire? Config { get; set; }
    public ContainerHostConfigWire? HostConfig { get; set; }
    public List<MountWire>? Mounts { get; set; }
    public InspectNetworkSettingsWire? NetworkSettings { get; set; }
}

internal sealed class ContainerStateWire
{
    public string? Status { get; set; }
    public bool Running { get; set; }
    public bool Paused { get; set; }
    public bool Restarting { get; set; }
    public bool OOMKilled { get; set; }
    public int Pid { get; set; }
    public int ExitCode { get; set; }
    public string? Error { get; set; }
    public string? StartedAt { get; set; }
    public string? FinishedAt { get; set; }
    public HealthWire? Health { get; set; }
}

internal sealed class HealthWire
{
    public string? Status { get; set; }
    public int FailingStreak { get; set; }
}

internal sealed class ContainerConfigWire
{
    public string? Image { get; set; }
    public string? Hostname { get; set; }
    public string? User { get; set; }
    public string? WorkingDir { get; set; }
    public bool Tty { get; set; }
    public bool OpenStdin { get; set; }
    public List<string>? Env { get; set; }
    public List<string>? Cmd { get; set; }
    public List<string>? Entrypoint { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public string? StopSignal { get; set; }
    public HealthConfigWire? Healthcheck { get; set; }
}

internal sealed class ContainerHostConfigWire
{
    public string? NetworkMode { get; set; }
    public RestartPolicyWire? RestartPolicy { get; set; }
    public bool AutoRemove { get; set; }
    public bool Privileged { get; set; }
    public long Memory { get; set; }
    public long NanoCpus { get; set; }
    public List<string>? Binds { get; set; }
    public Dictionary<string, List<PortBindingWire>?>? PortBindings { get; set; }
}

internal sealed class InspectNetworkSettingsWire
{
    public Dictionary<string, List<PortBindingWire>?>? Ports { get; set; }
    public Dictionary<string, EndpointSettingsWire>? Networks { get; set; }
}

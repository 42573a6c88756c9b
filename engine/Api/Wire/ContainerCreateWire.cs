namespace Containers.Engine.Api.Wire;

// POST /containers/create body: the subset of Config + HostConfig the options cover.
internal sealed class ContainerCreateWire
{
    public string? Image { get; set; }
    public string? Hostname { get; set; }
    public string? User { get; set; }
    public string? WorkingDir { get; set; }
    public List<string>? Env { get; set; }
    public List<string>? Cmd { get; set; }
    public List<string>? Entrypoint { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public Dictionary<string, EmptyWire>? ExposedPorts { get; set; }
    public Dictionary<string, EmptyWire>? Volumes { get; set; }
    public bool Tty { get; set; }
    public bool OpenStdin { get; set; }
    public bool StdinOnce { get; set; }
    public bool AttachStdin { get; set; }
    public bool AttachStdout { get; set; }
    public bool AttachStderr { get; set; }
    public HealthConfigWire? Healthcheck { get; set; }
    public HostConfigWire? HostConfig { get; set; }
}

internal sealed class EmptyWire
{
}

internal sealed class HealthConfigWire
{
    public List<string>? Test { get; set; }
    public long? Interval { get; set; }
    public long? Timeout { get; set; }
    public int? Retries { get; set; }
    public long? StartPeriod { get; set; }
}

internal sealed class HostConfigWire
{
    public List<string>? Binds { get; set; }
    public Dictionary<string, List<PortBindingWire>>? PortBindings { get; set; }
    public RestartPolicyWire? RestartPolicy { get; set; }
    public bool AutoRemove { get; set; }
    public string? NetworkMode { get; set; }
    public long? Memory { get; set; }
    public long? NanoCpus { get; set; }
    public bool Privileged { get; set; }
    public List<MountSpecWire>? Mounts { get; set; }
}

internal sealed class MountSpecWire
{
    public string? Type { get; set; }
    public string? Source { get; set; }
    public string? Target { get; set; }
    public bool ReadOnly { get; set; }
}

internal sealed class PortBindingWire
{
    public string? HostIp { get; set; }
    public string? HostPort { get; set; }
}

internal sealed class RestartPolicyWire
{
    public string? Name { get; set; }
    public int MaximumRetryCount { get; set; }
}

internal sealed class ContainerCreateResponseWire
{
    public string? Id { get; set; }
    public List<string>? Warnings { get; set; }
}

internal sealed class ContainerUpdateWire
{
    public long? Memory { get; set; }
    public long? MemorySwap { get; set; }
    public long? NanoCpus { get; set; }
    public long? CpuShares { get; set; }
    public long? PidsLimit { get; set; }
    public RestartPolicyWire? RestartPolicy { get; set; }
}

internal sealed class ContainerUpdateResponseWire
{
    public List<string>? Warnings { get; set; }
}

using System.Text.Json.Serialization;

namespace Containers.Engine.Api.Wire;

internal sealed class ExecCreateWire
{
    public bool AttachStdin { get; set; }
    public bool AttachStdout { get; set; }
    public bool AttachStderr { get; set; }
    public bool Tty { get; set; }
    public List<int>? ConsoleSize { get; set; }
    public string? DetachKeys { get; set; }
    public List<string>? Env { get; set; }
    public List<string>? Cmd { get; set; }
    public bool Privileged { get; set; }
    public string? User { get; set; }
    public string? WorkingDir { get; set; }
}

internal sealed class ExecCreateResponseWire
{
    public string Id { get; set; } = "";
}

internal sealed class ExecStartWire
{
    public bool Detach { get; set; }
    public bool Tty { get; set; }
    public List<int>? ConsoleSize { get; set; }
}

internal sealed class ExecInspectWire
{
    public string ID { get; set; } = "";
    public bool Running { get; set; }
    public int? ExitCode { get; set; }
    public bool OpenStdin { get; set; }
    public string? ContainerID { get; set; }
    public int Pid { get; set; }
    public ExecProcessConfigWire? ProcessConfig { get; set; }
}

internal sealed class ExecProcessConfigWire
{
    // The daemon writes these five in lower case.
    [JsonPropertyName("tty")] public bool Tty { get; set; }
    [JsonPropertyName("entrypoint")] public string? Entrypoint { get; set; }
    [JsonPropertyName("arguments")] public List<string>? Arguments { get; set; }
    [JsonPropertyName("privileged")] public bool? Privileged { get; set; }
    [JsonPropertyName("user")] public string? User { get; set; }
}

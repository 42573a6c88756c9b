namespace Containers.Engine.Api.Wire;

// The few fields of POST /containers/create a short-lived helper container needs (volume item listing).
// Kept apart from the container cmdlets' full create shape on purpose: the helper must stay minimal.
internal sealed class HelperContainerCreateWire
{
    public string Image { get; set; } = "";
    public List<string>? Entrypoint { get; set; }
    public List<string>? Cmd { get; set; }
    public bool Tty { get; set; }
    public string? User { get; set; }
    public bool NetworkDisabled { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
    public HelperHostConfigWire? HostConfig { get; set; }
}

internal sealed class HelperHostConfigWire
{
    public List<HelperMountWire>? Mounts { get; set; }
    public string? NetworkMode { get; set; }
}

internal sealed class HelperMountWire
{
    public string Type { get; set; } = "";
    public string Source { get; set; } = "";
    public string Target { get; set; } = "";
    public bool ReadOnly { get; set; }
    public HelperVolumeOptionsWire? VolumeOptions { get; set; }
}

internal sealed class HelperVolumeOptionsWire
{
    public bool NoCopy { get; set; }
}

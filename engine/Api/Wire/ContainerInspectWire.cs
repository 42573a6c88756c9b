namespace Containers.Engine.Api.Wire;

// GET /containers/{id}/json: the fields the slice surfaces; issue #4 grows it.
internal sealed class ContainerInspectWire
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? Created { get; set; }
    public string? Image { get; set; }
    public ContainerStateWire? State { get; set; }
    public ContainerConfigWire? Config { get; set; }
}

internal sealed class ContainerStateWire
{
    public string? Status { get; set; }
    public bool Running { get; set; }
    public int ExitCode { get; set; }
    public string? StartedAt { get; set; }
    public string? FinishedAt { get; set; }
}

internal sealed class ContainerConfigWire
{
    public string? Image { get; set; }
    public Dictionary<string, string>? Labels { get; set; }
}

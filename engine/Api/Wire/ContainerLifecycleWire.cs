namespace Containers.Engine.Api.Wire;

internal sealed class WaitResponseWire
{
    public long StatusCode { get; set; }
    public WaitErrorWire? Error { get; set; }
}

internal sealed class WaitErrorWire
{
    public string? Message { get; set; }
}

internal sealed class TopWire
{
    public List<string>? Titles { get; set; }
    public List<List<string>>? Processes { get; set; }
}

internal sealed class ChangeWire
{
    public string? Path { get; set; }
    public int Kind { get; set; }
}

internal sealed class ContainerPruneWire
{
    public List<string>? ContainersDeleted { get; set; }
    public long SpaceReclaimed { get; set; }
}

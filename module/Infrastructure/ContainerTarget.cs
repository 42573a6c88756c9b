namespace Containers.Infrastructure;

/// <summary>
/// One container a cmdlet acts on, however the user named it: an object from the pipeline, a name or an id.
/// <see cref="Reference"/> is what the engine accepts (id when known, else the name).
/// </summary>
public sealed record ContainerTarget(string Reference, string? Name, string? Id)
{
    internal static ContainerTarget FromObject(ContainerInfo container) => new(container.Id, container.Name, container.Id);

    internal static ContainerTarget FromName(string name) => new(name, name, null);

    internal static ContainerTarget FromId(string id) => new(id, null, id);

    /// <summary>How ShouldProcess and errors name it: "container 'web' (3f2a9c1b0d4e)".</summary>
    public string Describe() => (Name, Id) switch
    {
        ({ } name, { } id) => $"container '{name}' ({DisplayFormat.ShortId(id)})",
        ({ } name, null) => $"container '{name}'",
        (null, { } id) => $"container {DisplayFormat.ShortId(id)}",
        _ => $"container '{Reference}'",
    };

    public override string ToString() => Name ?? Reference;
}

namespace Containers.Engine.Models;

/// <summary>How a path changed in a container's file system.</summary>
public enum ChangeKind
{
    /// <summary>C: changed.</summary>
    Modified,
    /// <summary>A: added.</summary>
    Added,
    /// <summary>D: deleted.</summary>
    Deleted,
}

/// <summary>One changed path, as <c>docker diff</c> lists it.</summary>
public sealed record ContainerChange
{
    /// <summary>The absolute path inside the container.</summary>
    public required string Path { get; init; }

    /// <summary>Added, changed or deleted.</summary>
    public required ChangeKind Kind { get; init; }
}

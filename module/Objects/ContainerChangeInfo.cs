using Containers.Engine.Models;

namespace Containers;

/// <summary>One changed path in a container, as docker diff lists it.</summary>
public sealed class ContainerChangeInfo
{
    internal ContainerChangeInfo(string container, ChangeKind kind, string path)
    {
        Container = container;
        Kind = kind;
        Path = path;
    }

    /// <summary>The container's name.</summary>
    public string Container { get; }

    /// <summary>Added, Modified or Deleted.</summary>
    public ChangeKind Kind { get; }

    /// <summary>The absolute path inside the container.</summary>
    public string Path { get; }

    /// <summary>docker diff's form: "A /tmp/file".</summary>
    public override string ToString() => $"{Kind switch { ChangeKind.Added => 'A', ChangeKind.Deleted => 'D', _ => 'C' }} {Path}";
}

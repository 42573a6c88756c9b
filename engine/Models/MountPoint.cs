namespace Containers.Engine.Models;

/// <summary>A mount of a container: a volume, a bind mount or a tmpfs.</summary>
public sealed record MountPoint
{
    /// <summary>volume, bind, tmpfs or npipe.</summary>
    public string Type { get; init; } = "";

    /// <summary>The volume name; null for bind mounts and tmpfs.</summary>
    public string? Name { get; init; }

    /// <summary>The host path (for volumes, where the engine keeps the data).</summary>
    public string? Source { get; init; }

    /// <summary>The path inside the container.</summary>
    public string Destination { get; init; } = "";

    /// <summary>True when the container may write to it.</summary>
    public bool ReadWrite { get; init; }

    /// <summary>"data:/data" for a volume, "/host:/c:ro" for a bind mount, as docker -v writes them.</summary>
    public override string ToString() => $"{Name ?? Source}:{Destination}{(ReadWrite ? "" : ":ro")}";
}

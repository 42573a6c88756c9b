namespace Containers.Engine.Models;

/// <summary>A path inside a container, as the archive endpoint describes it (docker cp's stat).</summary>
public sealed record ContainerPathStat
{
    /// <summary>The last component of the path.</summary>
    public required string Name { get; init; }

    /// <summary>Size in bytes (of the link itself for a symlink).</summary>
    public long Size { get; init; }

    /// <summary>The Go os.FileMode bits: permission bits in the low 9, type flags high (directory 1&lt;&lt;31, symlink 1&lt;&lt;27).</summary>
    public uint Mode { get; init; }

    /// <summary>Last modification time; null when the daemon did not say.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>For a symlink, the absolute path it resolves to in the container; empty otherwise.</summary>
    public string LinkTarget { get; init; } = "";

    /// <summary>True for a directory.</summary>
    public bool IsDirectory => (Mode & (1u << 31)) != 0;

    /// <summary>True for a symbolic link.</summary>
    public bool IsSymbolicLink => (Mode & (1u << 27)) != 0;
}

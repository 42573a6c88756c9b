namespace Containers.Engine.Models;

/// <summary>The kinds of item <see cref="VolumeItem"/> distinguishes.</summary>
public enum VolumeItemType
{
    /// <summary>Anything else: sockets, fifos, devices.</summary>
    Other,
    /// <summary>A regular file.</summary>
    File,
    /// <summary>A directory.</summary>
    Directory,
    /// <summary>A symbolic link (not followed).</summary>
    SymbolicLink,
}

using Containers.Engine.Models;

namespace Containers;

/// <summary>A file, directory or link inside a volume (Get-ContainerVolumeItem).</summary>
public sealed class ContainerVolumeItem
{
    internal ContainerVolumeItem(VolumeItem item)
    {
        Volume = item.Volume;
        Path = item.Path;
        Name = item.Name;
        Type = item.Type;
        Length = item.Length;
        LastWriteTime = item.LastWriteTime.LocalDateTime;
        Mode = item.Mode;
        UserId = item.UserId;
        GroupId = item.GroupId;
    }

    /// <summary>The volume it is in.</summary>
    public string Volume { get; }

    /// <summary>The path relative to the volume's root, '/'-separated.</summary>
    public string Path { get; }

    /// <summary>The last segment of the path.</summary>
    public string Name { get; }

    /// <summary>File, Directory, SymbolicLink or Other.</summary>
    public VolumeItemType Type { get; }

    /// <summary>True for directories.</summary>
    public bool PSIsContainer => Type == VolumeItemType.Directory;

    /// <summary>Size in bytes.</summary>
    public long Length { get; }

    /// <summary>The last modification time, in local time.</summary>
    public DateTime LastWriteTime { get; }

    /// <summary>Permission bits as octal text, e.g. "644".</summary>
    public string Mode { get; }

    /// <summary>The owner's numeric user id.</summary>
    public int UserId { get; }

    /// <summary>The owner's numeric group id.</summary>
    public int GroupId { get; }

    /// <summary>The path.</summary>
    public override string ToString() => Path;
}

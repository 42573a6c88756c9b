namespace Containers.Engine.Models;

/// <summary>A file, directory or link inside a volume, as listed by <c>VolumesClient.ListItemsAsync</c>.</summary>
public sealed record VolumeItem
{
    /// <summary>The volume it is in.</summary>
    public required string Volume { get; init; }

    /// <summary>The path relative to the volume's root, '/'-separated, without a leading '/'.</summary>
    public required string Path { get; init; }

    /// <summary>The last segment of <see cref="Path"/>.</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>What kind of item it is.</summary>
    public VolumeItemType Type { get; init; }

    /// <summary>Size in bytes as stat reports it (for directories and links, the entry's own size).</summary>
    public long Length { get; init; }

    /// <summary>The last modification time (UTC).</summary>
    public DateTimeOffset LastWriteTime { get; init; }

    /// <summary>Permission bits as octal text, e.g. "644".</summary>
    public string Mode { get; init; } = "";

    /// <summary>The owner's numeric user id.</summary>
    public int UserId { get; init; }

    /// <summary>The owner's numeric group id.</summary>
    public int GroupId { get; init; }
}

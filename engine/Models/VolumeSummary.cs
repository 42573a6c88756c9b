namespace Containers.Engine.Models;

/// <summary>A volume as the list call reports it.</summary>
public sealed record VolumeSummary
{
    /// <summary>The volume's name (for anonymous volumes a 64-hex-digit id).</summary>
    public required string Name { get; init; }

    /// <summary>The volume driver, usually <c>local</c>.</summary>
    public string Driver { get; init; } = "";

    /// <summary>Where the engine keeps the data on its host.</summary>
    public string Mountpoint { get; init; } = "";

    /// <summary>When the volume was created (UTC); null when the driver does not report it.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>local or global.</summary>
    public string Scope { get; init; } = "";

    /// <summary>Labels; empty when none.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Driver options; empty when none.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>Bytes used; null when the engine did not compute it (only the disk-usage call does).</summary>
    public long? Size { get; init; }

    /// <summary>Containers referencing the volume; null when the engine did not compute it.</summary>
    public long? RefCount { get; init; }
}

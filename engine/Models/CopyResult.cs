namespace Containers.Engine.Models;

/// <summary>What a copy into or out of a container did.</summary>
public sealed record CopyResult
{
    /// <summary>Where the copied path ended up: a host path, or a path in the container.</summary>
    public required string Destination { get; init; }

    /// <summary>Regular files written.</summary>
    public long Files { get; init; }

    /// <summary>Directories written.</summary>
    public long Directories { get; init; }

    /// <summary>Symbolic links written (as links, never followed).</summary>
    public long SymbolicLinks { get; init; }

    /// <summary>Bytes of file content written.</summary>
    public long Bytes { get; init; }

    /// <summary>Entries not written, with the reason (an escape attempt, a device file…). Empty when everything was copied.</summary>
    public IReadOnlyList<SkippedEntry> Skipped { get; init; } = [];
}

/// <summary>An archive entry that was not written, and why.</summary>
public sealed record SkippedEntry(string Name, string Reason, bool IsUnsafe);

namespace Containers.Engine.Models;

/// <summary>An image as the list call reports it. Sizes are bytes; times are UTC.</summary>
public sealed record ImageSummary
{
    /// <summary>The image id (<c>sha256:…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The parent image id; empty for imported and pulled images.</summary>
    public string ParentId { get; init; } = "";

    /// <summary>repository:tag references; empty for dangling images.</summary>
    public IReadOnlyList<string> RepoTags { get; init; } = [];

    /// <summary>repository@sha256:… digests; empty for images never pushed or pulled.</summary>
    public IReadOnlyList<string> RepoDigests { get; init; } = [];

    /// <summary>When the image was created (UTC).</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>Total size in bytes, shared layers included.</summary>
    public long Size { get; init; }

    /// <summary>Bytes shared with other images; -1 when the engine did not compute it.</summary>
    public long SharedSize { get; init; }

    /// <summary>Labels; empty when none.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Containers using the image; -1 when the engine did not compute it.</summary>
    public long Containers { get; init; }
}

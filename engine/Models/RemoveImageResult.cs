namespace Containers.Engine.Models;

/// <summary>What removing an image did: the references untagged and the image and layer ids deleted.</summary>
public sealed record RemoveImageResult
{
    /// <summary>References (repository:tag or digests) that were untagged.</summary>
    public IReadOnlyList<string> Untagged { get; init; } = [];

    /// <summary>Image and layer ids that were deleted; empty when only a tag was removed.</summary>
    public IReadOnlyList<string> Deleted { get; init; } = [];
}

namespace Containers.Engine.Models;

/// <summary>One layer of an image's history (<c>docker history</c>), newest first.</summary>
public sealed record ImageHistoryItem
{
    /// <summary>The image id of this step; "&lt;missing&gt;" for steps built elsewhere (pulled layers).</summary>
    public required string Id { get; init; }

    /// <summary>When the step ran (UTC).</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>The instruction that made the layer, as the builder recorded it.</summary>
    public string CreatedBy { get; init; } = "";

    /// <summary>Tags that point at this step.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Bytes this layer adds.</summary>
    public long Size { get; init; }

    /// <summary>The commit comment; empty when none.</summary>
    public string Comment { get; init; } = "";
}

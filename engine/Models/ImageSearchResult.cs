namespace Containers.Engine.Models;

/// <summary>One repository found by a registry search (<c>docker search</c>).</summary>
public sealed record ImageSearchResult
{
    /// <summary>The repository name.</summary>
    public required string Name { get; init; }

    /// <summary>The repository's description; empty when none.</summary>
    public string Description { get; init; } = "";

    /// <summary>Stars on the registry.</summary>
    public long StarCount { get; init; }

    /// <summary>True for an official image.</summary>
    public bool IsOfficial { get; init; }

    /// <summary>True for an automated build (deprecated by Docker Hub; always false there now).</summary>
    public bool IsAutomated { get; init; }
}

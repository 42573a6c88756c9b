using Containers.Engine.Models;

namespace Containers;

/// <summary>A repository a registry search found (<c>docker search</c>).</summary>
public sealed class ContainerImageSearchInfo
{
    internal ContainerImageSearchInfo(ImageSearchResult result)
    {
        Name = result.Name;
        Description = result.Description;
        StarCount = result.StarCount;
        IsOfficial = result.IsOfficial;
        IsAutomated = result.IsAutomated;
    }

    /// <summary>The repository name.</summary>
    public string Name { get; }

    /// <summary>Its description.</summary>
    public string Description { get; }

    /// <summary>Stars.</summary>
    public long StarCount { get; }

    /// <summary>True for an official image.</summary>
    public bool IsOfficial { get; }

    /// <summary>True for an automated build.</summary>
    public bool IsAutomated { get; }
}

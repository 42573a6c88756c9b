namespace Containers;

/// <summary>What Clear-ContainerEngine removed, like the summary of <c>docker system prune</c>.</summary>
public sealed class ContainerEngineClearResult
{
    /// <summary>Ids of the containers removed.</summary>
    public IReadOnlyList<string> ContainersDeleted { get; internal init; } = [];

    /// <summary>Ids of the images removed.</summary>
    public IReadOnlyList<string> ImagesDeleted { get; internal init; } = [];

    /// <summary>Names of the networks removed.</summary>
    public IReadOnlyList<string> NetworksDeleted { get; internal init; } = [];

    /// <summary>Names of the volumes removed.</summary>
    public IReadOnlyList<string> VolumesDeleted { get; internal init; } = [];

    /// <summary>
    /// Bytes freed: the sizes the engine's disk-usage report gave the removed objects just before
    /// (container writable layers, image bytes not shared with kept images, volume data).
    /// </summary>
    public long SpaceReclaimed { get; internal init; }

    /// <summary>SpaceReclaimed as the docker CLI prints it.</summary>
    public string SpaceReclaimedText => DisplayFormat.Size(SpaceReclaimed);
}

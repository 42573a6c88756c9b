namespace Containers.Engine.Models;

/// <summary>What <c>GET /system/df</c> reports: the data behind <c>docker system df</c>. Sizes are bytes.</summary>
public sealed record DiskUsage
{
    /// <summary>Bytes of all image layers, each shared layer counted once.</summary>
    public long LayersSize { get; init; }

    /// <summary>Images, with <see cref="ImageSummary.SharedSize"/> and <see cref="ImageSummary.Containers"/> computed.</summary>
    public IReadOnlyList<ImageSummary> Images { get; init; } = [];

    /// <summary>Containers with the bytes they wrote.</summary>
    public IReadOnlyList<ContainerDiskUsage> Containers { get; init; } = [];

    /// <summary>Volumes with <see cref="VolumeSummary.Size"/> and <see cref="VolumeSummary.RefCount"/> computed.</summary>
    public IReadOnlyList<VolumeSummary> Volumes { get; init; } = [];

    /// <summary>Build cache records; empty when the builder keeps none.</summary>
    public IReadOnlyList<BuildCacheUsage> BuildCache { get; init; } = [];
}

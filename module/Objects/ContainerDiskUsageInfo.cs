namespace Containers;

/// <summary>One line of Get-ContainerDiskUsage, like a row of <c>docker system df</c>. Sizes are bytes.</summary>
public sealed class ContainerDiskUsageInfo
{
    /// <summary>Images, Containers, Local Volumes or Build Cache.</summary>
    public string Type { get; internal init; } = "";

    /// <summary>How many objects of this type exist.</summary>
    public int TotalCount { get; internal init; }

    /// <summary>How many are in use (images with containers, running containers, volumes mounted, cache in use).</summary>
    public int Active { get; internal init; }

    /// <summary>Bytes used.</summary>
    public long Size { get; internal init; }

    /// <summary>Bytes a prune could free.</summary>
    public long Reclaimable { get; internal init; }

    /// <summary>Reclaimable as a percentage of Size (0–100).</summary>
    public double ReclaimablePercent => Size > 0 ? Math.Round(100.0 * Reclaimable / Size, 0) : 0;

    /// <summary>Size as the docker CLI prints it ("1.98MB").</summary>
    public string SizeText => DisplayFormat.Size(Size);

    /// <summary>Reclaimable as the docker CLI prints it ("1.98MB (100%)").</summary>
    public string ReclaimableText => $"{DisplayFormat.Size(Reclaimable)} ({ReclaimablePercent:0}%)";

    /// <summary>The objects behind the line.</summary>
    public IReadOnlyList<ContainerDiskUsageItem> Items { get; internal init; } = [];
}

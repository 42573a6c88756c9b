namespace Containers;

/// <summary>One object of the disk-usage report (an image, container, volume or build cache record). Sizes are bytes.</summary>
public sealed class ContainerDiskUsageItem
{
    /// <summary>Image, Container, Volume or BuildCache.</summary>
    public string Type { get; internal init; } = "";

    /// <summary>The name (image reference, container name, volume name) or short id when it has none.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>The full id (for volumes, the name).</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Bytes it uses (for images, shared layers included; for containers, the writable layer).</summary>
    public long Size { get; internal init; }

    /// <summary>Size as the docker CLI prints it ("1.98MB").</summary>
    public string SizeText => DisplayFormat.Size(Size);

    /// <summary>Bytes shared with other images; 0 for other types.</summary>
    public long SharedSize { get; internal init; }

    /// <summary>True when in use (images with containers, running containers, mounted volumes).</summary>
    public bool Active { get; internal init; }

    /// <summary>Containers using it (images, volumes); 0 when none or not applicable.</summary>
    public long Containers { get; internal init; }

    /// <summary>When it was created, in local time; null when unknown.</summary>
    public DateTime? Created { get; internal init; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}

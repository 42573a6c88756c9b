namespace Containers.Engine.Streams;

/// <summary>
/// One figure for a whole pull, push or load, rolled up from its layers by <see cref="ProgressRollup"/>, with the
/// layers themselves for a per-layer view.
/// </summary>
public sealed record TransferProgress
{
    /// <summary>The last status line that is not about one layer ("Pulling from library/busybox", "Digest: …"); null before any.</summary>
    public string? Status { get; init; }

    /// <summary>How far the operation is, 0 to 100, weighing layers by their size; null while no layer is known.</summary>
    public double? Percent { get; init; }

    /// <summary>The layers in the order the daemon first named them.</summary>
    public IReadOnlyList<LayerProgress> Layers { get; init; } = [];

    /// <summary>How many of <see cref="Layers"/> are completed.</summary>
    public int CompletedLayers { get; init; }
}

namespace Containers.Engine.Streams;

/// <summary>Where one layer (or other item with an id) of a pull, push or load stands.</summary>
public sealed record LayerProgress
{
    /// <summary>The short layer id the daemon reports.</summary>
    public required string Id { get; init; }

    /// <summary>The layer's last status ("Downloading", "Extracting", "Pushed", "Loading layer", …).</summary>
    public required string Status { get; init; }

    /// <summary>Bytes done in the current phase; null when the phase reports none.</summary>
    public long? Current { get; init; }

    /// <summary>Bytes the current phase needs; null when unknown.</summary>
    public long? Total { get; init; }

    /// <summary>How far the whole layer is, 0 to 100, counting every phase (download and extraction for a pull).</summary>
    public double Percent { get; init; }

    /// <summary>True once the layer needs nothing more (pulled, already there, pushed, mounted, loaded).</summary>
    public bool Completed { get; init; }
}

namespace Containers.Engine.Streams;

/// <summary>
/// Rolls the per-layer messages of a pull, push or load into one overall figure and one entry per layer. Pure:
/// feed it messages with <see cref="Apply"/>, read it with <see cref="Snapshot"/>. Not thread-safe.
/// </summary>
/// <remarks>
/// A pull moves each layer twice (download, then extraction, each reporting its own current/total), so for a
/// pull a layer counts half for each phase; a push ("Pushing") and a load ("Loading layer") have one phase.
/// Layers weigh by their size once known; layers whose size never shows (already there) weigh the mean.
/// </remarks>
public sealed class ProgressRollup
{
    private readonly List<Layer> _layers = [];
    private readonly Dictionary<string, Layer> _byId = new(StringComparer.Ordinal);
    private string? _status;

    /// <summary>Takes one message into account. Returns true when the snapshot changed.</summary>
    public bool Apply(JsonMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Status is not { Length: > 0 } status)
        {
            return false;
        }
        // "Pulling from library/busybox" carries the tag as its id: a header, not a layer.
        if (string.IsNullOrEmpty(message.Id) || status.StartsWith("Pulling from ", StringComparison.Ordinal))
        {
            _status = string.IsNullOrEmpty(message.Id) ? status : message.Id + ": " + status;
            return true;
        }
        if (!_byId.TryGetValue(message.Id, out Layer? layer))
        {
            layer = new Layer(message.Id);
            _byId.Add(message.Id, layer);
            _layers.Add(layer);
        }
        layer.Apply(status, message.Current, message.Total);
        return true;
    }

    /// <summary>The state now: overall percent, status, and one entry per layer.</summary>
    public TransferProgress Snapshot()
    {
        double? percent = null;
        if (_layers.Count > 0)
        {
            long[] sizes = _layers.Where(l => l.Size > 0).Select(l => l.Size).ToArray();
            double meanSize = sizes.Length > 0 ? sizes.Average() : 1;
            double weight = 0, done = 0;
            foreach (Layer layer in _layers)
            {
                double w = layer.Size > 0 ? layer.Size : meanSize;
                weight += w;
                done += w * layer.Fraction;
            }
            percent = Math.Clamp(done * 100 / weight, 0, 100);
        }
        return new TransferProgress
        {
            Status = _status,
            Percent = percent,
            Layers = _layers.Select(l => l.ToProgress()).ToArray(),
            CompletedLayers = _layers.Count(l => l.Completed),
        };
    }

    private sealed class Layer(string id)
    {
        public string Id { get; } = id;
        public string Status { get; private set; } = "";
        public long? Current { get; private set; }
        public long? Total { get; private set; }
        public long Size { get; private set; }
        public double Fraction { get; private set; }
        public bool Completed { get; private set; }

        public void Apply(string status, long? current, long? total)
        {
            Status = status;
            Current = current;
            Total = total is > 0 ? total : null;
            if (Total is { } t && t > Size)
            {
                Size = t;
            }
            double phase = Total is { } all && current is { } now ? Math.Clamp((double)now / all, 0, 1) : 0;
            (double fraction, bool completed) = status switch
            {
                "Pull complete" or "Already exists" or "Pushed" or "Layer already exists" => (1.0, true),
                _ when status.StartsWith("Mounted from", StringComparison.Ordinal) => (1.0, true),
                "Downloading" => (0.5 * phase, false),
                "Verifying Checksum" or "Download complete" => (0.5, false),
                "Extracting" => (0.5 + 0.5 * phase, false),
                "Pushing" => (phase, false),
                // A load reports no completion message: the last "Loading layer" reaching its total is the end.
                "Loading layer" => (phase, Total is not null && phase >= 1),
                // Waiting, Preparing, Pulling fs layer, Retrying in…: not started, or started over.
                _ when Total is null => (0.0, false),
                _ => (phase, false),
            };
            // Never go backwards on a retry's restart of the counters: users read a step back as a hang.
            Fraction = Math.Max(Fraction, fraction);
            Completed |= completed;
        }

        public LayerProgress ToProgress() => new()
        {
            Id = Id,
            Status = Status,
            Current = Current,
            Total = Total,
            Percent = Fraction * 100,
            Completed = Completed,
        };
    }
}

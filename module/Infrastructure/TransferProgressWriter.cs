using System.Management.Automation;
using Containers.Engine.Streams;

namespace Containers.Infrastructure;

/// <summary>
/// Turns the JSON messages of a pull, push or load into Write-Progress: one bar for the whole operation (the
/// engine's roll-up) and one child activity per layer. Call on the pipeline thread only; always call
/// <see cref="Complete"/> in a finally block, so no bar is left on screen after an error or Ctrl+C.
/// </summary>
internal sealed class TransferProgressWriter
{
    private const long MinimumIntervalMs = 200;

    private readonly Cmdlet _cmdlet;
    private readonly int _activityId;
    private readonly string _activity;
    private readonly ProgressRollup _rollup = new();
    private readonly Dictionary<string, int> _childIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _completedChildren = new(StringComparer.Ordinal);
    private long _lastWrite = long.MinValue;
    private bool _written;

    public TransferProgressWriter(Cmdlet cmdlet, int activityId, string activity)
    {
        _cmdlet = cmdlet;
        _activityId = activityId;
        _activity = activity;
    }

    /// <summary>Takes a message into account and refreshes the bars, at most five times a second.</summary>
    public void Apply(JsonMessage message)
    {
        if (!_rollup.Apply(message))
        {
            return;
        }
        long now = Environment.TickCount64;
        if (now - _lastWrite < MinimumIntervalMs)
        {
            return;
        }
        _lastWrite = now;
        Write(_rollup.Snapshot());
    }

    /// <summary>Shows a figure of its own (bytes sent of a load) before the engine reports layers.</summary>
    public void Report(string status, int percent)
    {
        _written = true;
        _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, status) { PercentComplete = Math.Clamp(percent, 0, 100) });
    }

    /// <summary>Closes every child bar and the main one.</summary>
    public void Complete()
    {
        if (!_written)
        {
            return;
        }
        foreach ((string id, int childId) in _childIds)
        {
            if (_completedChildren.Add(id))
            {
                _cmdlet.WriteProgress(new ProgressRecord(childId, "Layer " + id, "Done") { ParentActivityId = _activityId, RecordType = ProgressRecordType.Completed });
            }
        }
        _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, "Done") { RecordType = ProgressRecordType.Completed });
        _written = false;
    }

    private void Write(TransferProgress progress)
    {
        _written = true;
        string status = progress.Layers.Count > 0
            ? $"{progress.CompletedLayers} of {progress.Layers.Count} layers" + (progress.Status is null ? "" : " — " + progress.Status)
            : progress.Status ?? "Starting";
        _cmdlet.WriteProgress(new ProgressRecord(_activityId, _activity, status) { PercentComplete = progress.Percent is { } p ? (int)p : -1 });
        foreach (LayerProgress layer in progress.Layers)
        {
            if (_completedChildren.Contains(layer.Id))
            {
                continue;
            }
            if (!_childIds.TryGetValue(layer.Id, out int childId))
            {
                childId = _activityId * 1000 + _childIds.Count + 1;
                _childIds[layer.Id] = childId;
            }
            var record = new ProgressRecord(childId, "Layer " + layer.Id, Describe(layer)) { ParentActivityId = _activityId, PercentComplete = (int)layer.Percent };
            if (layer.Completed)
            {
                _completedChildren.Add(layer.Id);
                record.RecordType = ProgressRecordType.Completed;
            }
            _cmdlet.WriteProgress(record);
        }
    }

    private static string Describe(LayerProgress layer) => layer.Total is { } total && layer.Current is { } current
        ? $"{layer.Status} {DisplayFormat.Size(current)} of {DisplayFormat.Size(total)}"
        : layer.Status;
}

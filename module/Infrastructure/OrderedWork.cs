namespace Containers.Infrastructure;

/// <summary>
/// Runs per-item engine calls concurrently (at most <c>throttleLimit</c> at once) while handing the results
/// back in input order, so a pipeline of many containers is fast and its output stays stable, as
/// PSResourceGet does with its parallel installs. Work runs on the thread pool; only <see cref="DrainAsync"/>
/// (called on the pipeline thread) hands results to the writer.
/// </summary>
internal sealed class OrderedWork<TItem> : IDisposable
{
    private readonly Queue<(TItem Item, Task<object?> Work)> _pending = new();
    private readonly SemaphoreSlim _throttle;
    private readonly int _maxQueued;

    public OrderedWork(int throttleLimit)
    {
        _throttle = new SemaphoreSlim(throttleLimit, throttleLimit);
        // Bound memory for endless pipelines: once this many wait to be written, wait for the oldest.
        _maxQueued = throttleLimit * 4;
    }

    /// <summary>Starts <paramref name="work"/> for <paramref name="item"/> as soon as a slot is free.</summary>
    public void Start(TItem item, Func<Task<object?>> work, CancellationToken cancellationToken)
    {
        Task<object?> task = Task.Run(async () =>
        {
            await _throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await work().ConfigureAwait(false);
            }
            finally
            {
                _throttle.Release();
            }
        }, cancellationToken);
        _pending.Enqueue((item, task));
    }

    /// <summary>
    /// Hands finished items to <paramref name="write"/> in input order: all of them when <paramref name="all"/>,
    /// otherwise those already done at the head (waiting only when too many are queued).
    /// <paramref name="write"/> gets the item and either the result or the exception.
    /// </summary>
    public async Task DrainAsync(bool all, Action<TItem, object?, Exception?> write)
    {
        while (_pending.Count > 0 && (all || _pending.Peek().Work.IsCompleted || _pending.Count > _maxQueued))
        {
            (TItem item, Task<object?> work) = _pending.Dequeue();
            object? result = null;
            Exception? failure = null;
            try
            {
                result = await work;
            }
            catch (Exception e)
            {
                failure = e;
            }
            write(item, result, failure);
        }
    }

    public void Dispose() => _throttle.Dispose();
}

using System.Collections.Concurrent;

namespace Containers.Infrastructure;

/// <summary>
/// Runs async cmdlet work on the pipeline thread. PowerShell requires WriteObject/WriteError/WriteProgress
/// on the thread that called ProcessRecord; this installs a single-threaded SynchronizationContext so every
/// continuation of the cmdlet's own awaits comes back here, while the engine's awaits (ConfigureAwait(false))
/// run on the thread pool. The same idea as Docker-PowerShell's AsyncPump.
/// </summary>
internal static class PipelineThread
{
    public static void Run(Func<Task> work)
    {
        SynchronizationContext? previous = SynchronizationContext.Current;
        using var context = new PumpContext();
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            Task task = work();
            _ = task.ContinueWith(static (_, state) => ((PumpContext)state!).Complete(), context, CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            context.RunUntilComplete();
            // The task has completed here: this only rethrows its exception, it never blocks.
#pragma warning disable VSTHRD002
            task.GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private sealed class PumpContext : SynchronizationContext, IDisposable
    {
        private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

        public override void Post(SendOrPostCallback d, object? state)
        {
            try
            {
                _queue.Add((d, state));
            }
            catch (InvalidOperationException)
            {
                // The pump has finished: run the late continuation where it is (it cannot write to the pipeline).
                ThreadPool.QueueUserWorkItem(_ => d(state));
            }
        }

        public override void Send(SendOrPostCallback d, object? state) =>
            throw new NotSupportedException("Synchronous Send to the pipeline thread would deadlock.");

        public void RunUntilComplete()
        {
            foreach ((SendOrPostCallback callback, object? state) in _queue.GetConsumingEnumerable())
            {
                callback(state);
            }
        }

        public void Complete() => _queue.CompleteAdding();

        public void Dispose() => _queue.Dispose();
    }
}

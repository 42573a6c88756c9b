using System.Threading.Channels;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Runs posted work one item at a time, in the order it was posted. StreamJsonRpc invokes handlers on
/// its <c>SynchronizationContext</c> in arrival order, so with this one <c>didChange</c> edits apply in the
/// order the client sent them and a request sees every change sent before it (LSP "Request, Notification
/// and Response Ordering"). Handlers do only their quick part here (take the document version) and move
/// heavy work to the thread pool, so one slow request never holds up the others.
/// </summary>
internal sealed class OrderedSynchronizationContext : SynchronizationContext
{
    private readonly Channel<(SendOrPostCallback Callback, object? State)> _work =
        Channel.CreateUnbounded<(SendOrPostCallback, object?)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ServerLog _log;

    public OrderedSynchronizationContext(ServerLog log)
    {
        _log = log;
        _ = Task.Run(RunAsync);
    }

    public override void Post(SendOrPostCallback d, object? state) => _work.Writer.TryWrite((d, state));

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Handlers are dispatched asynchronously.");

    public override SynchronizationContext CreateCopy() => this;

    private async Task RunAsync()
    {
        await foreach (var (callback, state) in _work.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try
            {
                callback(state);
            }
            catch (Exception e)
            {
                // A callback that throws must not stop dispatch for every later message.
                _log.Error($"dispatch failed: {e}");
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }
    }
}

using System.Collections.Concurrent;
using System.Threading.Channels;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Pushes <c>textDocument/publishDiagnostics</c> from one background loop, so notifications leave in
/// order and a burst of changes to one document is published once, for its latest version.
/// </summary>
public sealed class DiagnosticsPublisher
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private readonly DocumentStore _documents;
    private readonly Func<PublishDiagnosticsParams, Task> _send;
    private readonly ServerLog _log;

    public DiagnosticsPublisher(DocumentStore documents, Func<PublishDiagnosticsParams, Task> send, ServerLog log)
    {
        _documents = documents;
        _send = send;
        _log = log;
    }

    /// <summary>Queues a publish for <paramref name="uri"/> (its current snapshot, or none when it was closed).</summary>
    public void Schedule(string uri)
    {
        if (_pending.TryAdd(uri, 0))
        {
            _queue.Writer.TryWrite(uri);
        }
    }

    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>Runs until <see cref="Complete"/> or cancellation.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var uri in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                _pending.TryRemove(uri, out _);
                var snapshot = _documents.Get(uri);
                var diagnostics = snapshot?.Diagnostics.Select(d => d.ToLsp()).ToArray() ?? [];
                try
                {
                    await _send(new PublishDiagnosticsParams(uri, snapshot?.Version, diagnostics)).ConfigureAwait(false);
                    _log.Debug($"published {diagnostics.Length} diagnostic(s) for {uri} v{snapshot?.Version}");
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _log.Error($"publishing diagnostics for {uri} failed: {e.Message}");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}

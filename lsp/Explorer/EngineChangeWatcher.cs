using System.Threading.Channels;
using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Explorer;

/// <summary>
/// Follows the engine's event stream (<c>GET /events</c>) and sends <c>containers/changed</c> per kind of object,
/// so the explorer refreshes when something changes, whoever changed it, without polling. A burst (docker run
/// emits create, start and more) becomes one notification per kind. When the engine goes away it says so once
/// (kind engine, with the reason) and reconnects with backoff; when it is back it says so (kind engine, no error).
/// Started by the first explorer request, so a client that only edits Dockerfiles never opens the stream.
/// </summary>
public sealed class EngineChangeWatcher : IAsyncDisposable
{
    // Long enough to fold one docker command's events together, short enough to feel immediate.
    private static readonly TimeSpan s_coalesce = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_firstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_maximumRetry = TimeSpan.FromSeconds(15);

    // Replayed on (re)subscription: events between the explorer's list request and the stream's start are not lost.
    private static readonly TimeSpan s_replay = TimeSpan.FromSeconds(5);

    private readonly EngineSession _session;
    private readonly Func<ChangedParams, Task> _notify;
    private readonly ServerLog _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly object _gate = new();
    private CancellationTokenSource _attempt = new();
    private Task? _running;

    public EngineChangeWatcher(EngineSession session, Func<ChangedParams, Task> notify, ServerLog log)
    {
        _session = session;
        _notify = notify;
        _log = log;
        _session.Reset += (_, _) => CancelAttempt();
    }

    /// <summary>Starts watching unless it already does. Never throws.</summary>
    public void EnsureStarted()
    {
        lock (_gate)
        {
            if (_running is null && !_stop.IsCancellationRequested)
            {
                _running = Task.WhenAll(Task.Run(() => WatchAsync(_stop.Token)), Task.Run(() => SendAsync(_stop.Token)));
            }
        }
    }

    private async Task WatchAsync(CancellationToken stop)
    {
        TimeSpan retry = s_firstRetry;
        string? reportedError = null;
        bool announce = false;
        while (!stop.IsCancellationRequested)
        {
            using CancellationTokenSource linked = LinkAttempt(stop);
            CancellationToken attempt = linked.Token;
            EngineClient? client = null;
            try
            {
                client = await _session.GetAsync(attempt).ConfigureAwait(false);
                if (reportedError is not null || announce)
                {
                    // Back (or another context): whatever the trees show is stale.
                    _log.Info($"engine events: connected to {client.Endpoint}");
                    reportedError = null;
                    announce = false;
                    await NotifyAsync(new ChangedParams(ChangeKinds.Engine)).ConfigureAwait(false);
                }
                var options = new EngineEventsOptions
                {
                    Since = DateTimeOffset.UtcNow - s_replay,
                    Filters = new Dictionary<string, IReadOnlyList<string>> { ["type"] = ChangeKinds.EventTypes },
                };
                await foreach (EngineEvent engineEvent in client.System.ReadEventsAsync(options, attempt).ConfigureAwait(false))
                {
                    retry = s_firstRetry;
                    if (ChangeKinds.Of(engineEvent) is { } kind)
                    {
                        _changes.Writer.TryWrite(kind);
                    }
                }
                // The daemon closed the stream (restarting): reconnect at once, and say so when it fails.
                _log.Info("engine events: the stream ended");
                announce = true;
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                // The session switched context or dropped its connection: start over with the new one.
                announce = true;
                ResetAttempt();
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e) when (EngineRpcErrors.IsExpected(e))
            {
                if (client is not null)
                {
                    // Our own reset: it must not cut the wait below short.
                    _session.Invalidate(client);
                    ResetAttempt();
                }
                if (reportedError != e.Message)
                {
                    _log.Info($"engine events: {e.Message}");
                    reportedError = e.Message;
                    await NotifyAsync(new ChangedParams(ChangeKinds.Engine, e.Message)).ConfigureAwait(false);
                }
                if (!await DelayAsync(retry, stop).ConfigureAwait(false))
                {
                    return;
                }
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, s_maximumRetry.Ticks));
            }
        }
    }

    // Waits before a reconnect; a context switch ends the wait early. False when the server stops.
    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken stop)
    {
        using CancellationTokenSource wake = LinkAttempt(stop);
        try
        {
            await Task.Delay(delay, wake.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            ResetAttempt();
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        return true;
    }

    private CancellationTokenSource LinkAttempt(CancellationToken stop)
    {
        lock (_gate)
        {
            return CancellationTokenSource.CreateLinkedTokenSource(stop, _attempt.Token);
        }
    }

    private void CancelAttempt()
    {
        lock (_gate)
        {
            _attempt.Cancel();
        }
    }

    private void ResetAttempt()
    {
        lock (_gate)
        {
            if (_attempt.IsCancellationRequested)
            {
                _attempt.Dispose();
                _attempt = new CancellationTokenSource();
            }
        }
    }

    // One notification per kind per burst, in the order the kinds first changed.
    private async Task SendAsync(CancellationToken stop)
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stop).ConfigureAwait(false))
            {
                await Task.Delay(s_coalesce, stop).ConfigureAwait(false);
                var kinds = new List<string>();
                while (_changes.Reader.TryRead(out string? kind))
                {
                    if (!kinds.Contains(kind))
                    {
                        kinds.Add(kind);
                    }
                }
                foreach (string kind in kinds)
                {
                    await NotifyAsync(new ChangedParams(kind)).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private async Task NotifyAsync(ChangedParams change)
    {
        try
        {
            await _notify(change).ConfigureAwait(false);
            _log.Debug($"{ContainersRequests.Changed} {change.Kind}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The client went away; the connection's end stops the server.
            _log.Error($"{ContainersRequests.Changed} {change.Kind} failed: {e.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        Task? running;
        lock (_gate)
        {
            running = _running;
        }
        if (running is not null)
        {
            await running.ConfigureAwait(false);
        }
        _stop.Dispose();
        lock (_gate)
        {
            _attempt.Dispose();
        }
    }
}

using System.Diagnostics;
using Containers.Engine.Dockerfile.Analysis;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Pushes <c>textDocument/publishDiagnostics</c> from one background loop, debounced so that typing never
/// queues work: a document waits until it has been quiet for <see cref="ChangeDelay"/>, only its latest
/// version is analysed, and an analysis still running when a newer version arrives is cancelled.
/// An opened or closed document is published at once.
/// </summary>
public sealed class DiagnosticsPublisher
{
    /// <summary>How long a changed document must be quiet before it is analysed: a burst of keystrokes costs one analysis.</summary>
    public static readonly TimeSpan ChangeDelay = TimeSpan.FromMilliseconds(40);

    private readonly object _gate = new();
    private readonly Dictionary<string, long> _due = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private readonly DocumentStore _documents;
    private readonly Func<PublishDiagnosticsParams, Task> _send;
    private readonly Func<Task> _refresh;
    private readonly Func<ClientCapabilities> _client;
    private readonly ServerLog _log;
    private readonly ServerSettings _settings;
    private string? _runningUri;
    private CancellationTokenSource? _running;
    private bool _completed;

    /// <param name="send">Sends <c>textDocument/publishDiagnostics</c>.</param>
    /// <param name="refresh">Sends the <c>workspace/diagnostic/refresh</c> request to a client that pulls.</param>
    /// <param name="client">The client's capabilities (known after initialize): a client that pulls is not pushed to.</param>
    /// <param name="documents">The open documents.</param>
    /// <param name="settings">The diagnostics settings.</param>
    /// <param name="log">The server log.</param>
    public DiagnosticsPublisher(DocumentStore documents, ServerSettings settings, Func<PublishDiagnosticsParams, Task> send, Func<Task> refresh, Func<ClientCapabilities> client, ServerLog log)
    {
        _documents = documents;
        _settings = settings;
        _send = send;
        _refresh = refresh;
        _client = client;
        _log = log;
        IgnoreFiles = new DockerIgnoreFiles(log);
    }

    /// <summary>The .dockerignore files of the open documents' contexts (pull diagnostics read them too).</summary>
    public DockerIgnoreFiles IgnoreFiles { get; }

    /// <summary>
    /// Queues a publish of <paramref name="uri"/>'s latest version (none when it was closed): at once, or
    /// after the change delay, counted again from this call if one is already waiting.
    /// </summary>
    public void Schedule(string uri, bool immediately)
    {
        if (_client().PullDiagnostics)
        {
            // It asks (textDocument/diagnostic) when it wants them; see ClientCapabilities.PullDiagnostics.
            return;
        }

        var due = Stopwatch.GetTimestamp() + (immediately ? 0 : (long)(ChangeDelay.TotalSeconds * Stopwatch.Frequency));
        lock (_gate)
        {
            _due[uri] = due;
            if (_runningUri == uri)
            {
                // The version being analysed is stale now.
                _running?.Cancel();
            }
        }

        _signal.Release();
    }

    /// <summary>Queues a publish of every open document (settings changed), or asks a client that pulls to pull again.</summary>
    public void ScheduleAll() => ScheduleWhere(static _ => true);

    /// <summary>
    /// Queues a publish of the open documents whose URI <paramref name="which"/> accepts (their .dockerignore changed),
    /// or asks a client that pulls to pull again.
    /// </summary>
    public void ScheduleWhere(Func<string, bool> which)
    {
        var client = _client();
        if (client.PullDiagnostics)
        {
            if (client.DiagnosticRefresh)
            {
                _ = RefreshAsync();
            }

            return;
        }

        foreach (var document in _documents.All)
        {
            if (which(document.Uri))
            {
                Schedule(document.Uri, immediately: true);
            }
        }
    }

    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
        }

        _signal.Release();
    }

    /// <summary>Runs until <see cref="Complete"/> or cancellation.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                string? uri = null;
                var wait = Timeout.InfiniteTimeSpan;
                lock (_gate)
                {
                    if (_completed)
                    {
                        return;
                    }

                    var now = Stopwatch.GetTimestamp();
                    foreach (var (candidate, due) in _due)
                    {
                        var left = Stopwatch.GetElapsedTime(now, due);
                        if (left <= TimeSpan.Zero)
                        {
                            uri = candidate;
                            break;
                        }

                        if (wait == Timeout.InfiniteTimeSpan || left < wait)
                        {
                            wait = left;
                        }
                    }

                    if (uri is not null)
                    {
                        _due.Remove(uri);
                        _runningUri = uri;
                        _running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    }
                }

                if (uri is null)
                {
                    await _signal.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await PublishAsync(uri, _running!.Token).ConfigureAwait(false);
                lock (_gate)
                {
                    _runningUri = null;
                    _running.Dispose();
                    _running = null;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>
    /// The diagnostics of <paramref name="document"/> as published, settings applied (push and pull agree);
    /// <paramref name="dockerIgnore"/> is its context's .dockerignore (<see cref="DockerIgnoreFiles.For"/>), null for none.
    /// </summary>
    public static LspDiagnostic[] Diagnostics(OpenDocument document, ServerSettings settings, DockerIgnoreRules? dockerIgnore, CancellationToken cancellationToken)
    {
        var started = ServerTimings.Start();
        var snapshot = document.Snapshot;
        started = ServerTimings.Report("parse", started);
        _ = snapshot.Semantics;
        started = ServerTimings.Report("semantics", started);
        // Severities are the settings' (applied below); the options carry only what the engine cannot know (with no
        // .dockerignore they equal the defaults). The snapshot keeps the analysis of equal options, so an unchanged
        // .dockerignore keeps the incremental analysis going.
        var found = snapshot.GetDiagnostics(new DockerfileAnalyzerOptions { DockerIgnore = dockerIgnore }, cancellationToken);
        started = ServerTimings.Report("analyze", started);
        LspDiagnostic[] diagnostics = [.. settings.Diagnostics.Apply(snapshot.Syntax, found).Select(d => d.ToLsp())];
        ServerTimings.Report($"settings+lsp({diagnostics.Length})", started);
        return diagnostics;
    }

    private async Task RefreshAsync()
    {
        try
        {
            await _refresh().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _log.Error($"workspace/diagnostic/refresh failed: {e.Message}");
        }
    }

    private async Task PublishAsync(string uri, CancellationToken cancellationToken)
    {
        ServerTimings.Mark("publish-start");
        var document = _documents.Get(uri);
        LspDiagnostic[] diagnostics;
        try
        {
            diagnostics = document is null ? [] : Diagnostics(document, _settings, IgnoreFiles.For(uri), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _log.Debug($"analysis of {uri} v{document?.Version} cancelled: a newer version came");
            return;
        }
        catch (Exception e)
        {
            _log.Error($"analysing {uri} v{document?.Version} failed: {e}");
            return;
        }

        try
        {
            var sending = ServerTimings.Start();
            await _send(new PublishDiagnosticsParams(uri, document?.Version, diagnostics)).ConfigureAwait(false);
            ServerTimings.Report("send", sending);
            ServerTimings.Mark("publish-sent");
            _log.Debug($"published {diagnostics.Length} diagnostic(s) for {uri} v{document?.Version}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.Error($"publishing diagnostics for {uri} failed: {e.Message}");
        }
    }
}

using System.Text.Json;
using Containers.LanguageServer.Handlers;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>
/// The RPC target: routes each method of <see cref="ILanguageServer"/> to its handler. Methods run in arrival
/// order on <see cref="OrderedSynchronizationContext"/>: a request takes the document version current at its
/// arrival there, then computes on the thread pool (<see cref="OnDocumentAsync"/>), honouring <c>$/cancelRequest</c>.
/// </summary>
public sealed partial class LanguageServer : ILanguageServer
{
    private readonly LifecycleHandler _lifecycle;
    private readonly TextDocumentSyncHandler _sync;
    private readonly DocumentStore _documents;
    private readonly ServerSettings _settings;
    private readonly DiagnosticsPublisher _publisher;
    private readonly DiagnosticHandler _diagnostics;

    public LanguageServer(LifecycleHandler lifecycle, DocumentStore documents, ServerSettings settings, DiagnosticsPublisher publisher, ServerLog log)
    {
        _lifecycle = lifecycle;
        _documents = documents;
        _settings = settings;
        _publisher = publisher;
        _sync = new TextDocumentSyncHandler(documents, publisher, lifecycle, log);
        _diagnostics = new DiagnosticHandler(settings);
    }

    public Task<InitializeResult> InitializeAsync(InitializeParams parameters, CancellationToken cancellationToken)
    {
        var result = _lifecycle.Initialize(parameters);
        _settings.Update(parameters.InitializationOptions);
        return Task.FromResult(result);
    }

    public Task InitializedAsync(JsonElement parameters) => Task.CompletedTask;

    public Task ShutdownAsync(CancellationToken cancellationToken)
    {
        _lifecycle.Shutdown();
        return Task.CompletedTask;
    }

    public Task ExitAsync()
    {
        _lifecycle.Exit();
        return Task.CompletedTask;
    }

    public Task DidOpenAsync(DidOpenTextDocumentParams parameters)
    {
        _sync.DidOpen(parameters);
        return Task.CompletedTask;
    }

    public Task DidChangeAsync(DidChangeTextDocumentParams parameters)
    {
        _sync.DidChange(parameters);
        return Task.CompletedTask;
    }

    public Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        _sync.DidClose(parameters);
        return Task.CompletedTask;
    }

    public Task DidChangeConfigurationAsync(DidChangeConfigurationParams parameters)
    {
        if (_lifecycle.State == ServerState.Initialized && _settings.Update(parameters.Settings))
        {
            _publisher.ScheduleAll();
        }

        return Task.CompletedTask;
    }

    public Task<DocumentDiagnosticReport> DiagnosticAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (document, ct) => _diagnostics.Diagnose(document, parameters, ct), cancellationToken);

    /// <summary>
    /// Takes the current version of <paramref name="textDocument"/> now (so the request sees every change sent
    /// before it), then runs <paramref name="work"/> on the thread pool; the document is null when it is not open.
    /// </summary>
    private Task<T> OnDocumentAsync<T>(TextDocumentIdentifier textDocument, Func<OpenDocument?, CancellationToken, T> work, CancellationToken cancellationToken)
    {
        _lifecycle.RequireRunning();
        ArgumentNullException.ThrowIfNull(textDocument);
        var document = _documents.Get(textDocument.Uri);
        return Task.Run(() => work(document, cancellationToken), cancellationToken);
    }
}

using System.Text.Json;
using Containers.LanguageServer.Handlers;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>
/// The RPC target: routes each method of <see cref="ILanguageServer"/> to its handler. Methods run in arrival
/// order on <see cref="OrderedSynchronizationContext"/>: a request takes the document version current at its
/// arrival there, then computes on the thread pool (OnDocumentAsync), honouring <c>$/cancelRequest</c>.
/// </summary>
public sealed partial class LanguageServer : ILanguageServer
{
    private readonly LifecycleHandler _lifecycle;
    private readonly TextDocumentSyncHandler _sync;
    private readonly DocumentStore _documents;
    private readonly ServerSettings _settings;
    private readonly DiagnosticsPublisher _publisher;
    private readonly DockerIgnoreWatch _dockerIgnoreWatch;
    private readonly DiagnosticHandler _diagnostics;
    private readonly SemanticTokensHandler _semanticTokens = new();
    private readonly LocalImages _images;

    public LanguageServer(LifecycleHandler lifecycle, DocumentStore documents, ServerSettings settings, DiagnosticsPublisher publisher, DockerIgnoreWatch dockerIgnoreWatch, LocalImages images, ServerLog log)
    {
        _images = images;
        _lifecycle = lifecycle;
        _documents = documents;
        _settings = settings;
        _publisher = publisher;
        _dockerIgnoreWatch = dockerIgnoreWatch;
        _sync = new TextDocumentSyncHandler(documents, publisher, lifecycle, log);
        _diagnostics = new DiagnosticHandler(settings, publisher.IgnoreFiles);
    }

    /// <summary>An initialize the handshake left to the connection (<see cref="InitializeHandshake"/>); the same answer.</summary>
    public Task<JsonElement> InitializeAsync(InitializeParams parameters, CancellationToken cancellationToken)
    {
        Initialize(_lifecycle, _settings, parameters);
        return Task.FromResult(InitializeAnswer.ResultElement());
    }

    /// <summary>What initialize does, wherever it arrives: first through <see cref="InitializeHandshake"/>, or through the connection.</summary>
    internal static void Initialize(LifecycleHandler lifecycle, ServerSettings settings, InitializeParams parameters)
    {
        lifecycle.Initialize(parameters);
        settings.Update(parameters.InitializationOptions);
    }

    public Task InitializedAsync(JsonElement parameters)
    {
        // Not awaited: the client's answer to the registration must not hold up the messages after initialized.
        _ = _dockerIgnoreWatch.StartAsync(_lifecycle.ClientCapabilities);
        return Task.CompletedTask;
    }

    public Task DidChangeWatchedFilesAsync(DidChangeWatchedFilesParams parameters)
    {
        if (_lifecycle.State == ServerState.Initialized)
        {
            _dockerIgnoreWatch.Changed(parameters);
        }

        return Task.CompletedTask;
    }

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
        _semanticTokens.Forget(parameters.TextDocument.Uri);
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

    public Task<JsonElement> DocumentSymbolAsync(DocumentParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, ct) => SymbolHandler.DocumentSymbols(d, _lifecycle.ClientCapabilities.HierarchicalDocumentSymbols, ct) switch
        {
            // With the wire options (camelCase, nulls left out), not the context's defaults.
            DocumentSymbol[] tree => JsonSerializer.SerializeToElement(tree, LspJsonContext.Wire.GetTypeInfo(typeof(DocumentSymbol[]))),
            var flat => JsonSerializer.SerializeToElement(flat, LspJsonContext.Wire.GetTypeInfo(typeof(SymbolInformation[]))),
        }, cancellationToken);

    public Task<SymbolInformation[]> WorkspaceSymbolAsync(WorkspaceSymbolParams parameters, CancellationToken cancellationToken)
    {
        _lifecycle.RequireRunning();
        var documents = _documents.All;
        return Task.Run(() => SymbolHandler.WorkspaceSymbols(documents, parameters.Query, cancellationToken), cancellationToken);
    }

    public Task<FoldingRange[]> FoldingRangeAsync(DocumentParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, ct) => FeatureHandlers.Folding(d, _lifecycle.ClientCapabilities, ct), cancellationToken);

    public Task<Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, ct) => FeatureHandlers.HoverAsync(d, parameters.Position, _lifecycle.ClientCapabilities, _images, ct), cancellationToken);

    public Task<CompletionList> CompletionAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, ct) => CompletionHandler.CompleteAsync(d, parameters.Position, _lifecycle.ClientCapabilities, _images, ct), cancellationToken);

    public Task<CompletionItem> ResolveCompletionItemAsync(CompletionItem parameters, CancellationToken cancellationToken)
    {
        _lifecycle.RequireRunning();
        return Task.FromResult(CompletionHandler.Resolve(parameters, _lifecycle.ClientCapabilities));
    }

    public Task<SemanticTokensResult> SemanticTokensFullAsync(SemanticTokensParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, _semanticTokens.Full, cancellationToken);

    public Task<SemanticTokensResult> SemanticTokensDeltaAsync(SemanticTokensParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, ct) => _semanticTokens.Delta(d, parameters.PreviousResultId, ct), cancellationToken);

    public Task<SemanticTokensResult> SemanticTokensRangeAsync(SemanticTokensParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, ct) => SemanticTokensHandler.Range(d, parameters.Range ?? throw new ArgumentException("range is required"), ct), cancellationToken);

    public Task<DocumentLink[]> DocumentLinkAsync(DocumentParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => FeatureHandlers.Links(d), cancellationToken);

    public Task<InlayHint[]> InlayHintAsync(InlayHintParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, ct) => FeatureHandlers.InlayHints(d, parameters.Range, ct), cancellationToken);

    public Task<Location[]> DefinitionAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => NavigationHandler.Definition(d, parameters.Position), cancellationToken);

    public Task<Location[]> ReferencesAsync(ReferenceParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => NavigationHandler.References(d, parameters.Position, parameters.Context?.IncludeDeclaration ?? true), cancellationToken);

    public Task<DocumentHighlight[]> DocumentHighlightAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => NavigationHandler.Highlight(d, parameters.Position), cancellationToken);

    public Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => NavigationHandler.PrepareRename(d, parameters.Position), cancellationToken);

    public Task<WorkspaceEdit?> RenameAsync(RenameParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => NavigationHandler.Rename(d, parameters.Position, parameters.NewName), cancellationToken);

    public Task<CodeAction[]> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, ct) => CodeActionHandler.Get(d, parameters, ct), cancellationToken);

    public Task<SignatureHelp?> SignatureHelpAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => SignatureHelpHandler.Get(d, parameters.Position, _lifecycle.ClientCapabilities), cancellationToken);

    public Task<CodeLens[]> CodeLensAsync(DocumentParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => CodeLensHandler.Get(d), cancellationToken);

    public Task<TextEdit[]> FormattingAsync(FormattingParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => FormattingHandler.Format(d, parameters with { Range = null, Position = null }, _settings), cancellationToken);

    public Task<TextEdit[]> RangeFormattingAsync(FormattingParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => FormattingHandler.Format(d, parameters with { Position = null }, _settings), cancellationToken);

    public Task<TextEdit[]> OnTypeFormattingAsync(FormattingParams parameters, CancellationToken cancellationToken) =>
        OnDocumentAsync(parameters.TextDocument, (d, _) => FormattingHandler.Format(d, parameters with { Range = null }, _settings), cancellationToken);

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

    /// <summary>As the other overload, for work that waits on the engine.</summary>
    private Task<T> OnDocumentAsync<T>(TextDocumentIdentifier textDocument, Func<OpenDocument?, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        _lifecycle.RequireRunning();
        ArgumentNullException.ThrowIfNull(textDocument);
        var document = _documents.Get(textDocument.Uri);
        return Task.Run(() => work(document, cancellationToken), cancellationToken);
    }
}

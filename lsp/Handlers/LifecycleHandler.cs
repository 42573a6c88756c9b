using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;
using StreamJsonRpc;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// initialize / initialized / shutdown / exit (LSP "Lifecycle Messages"). Exit code: 0 after shutdown,
/// 1 when <c>exit</c> comes without it.
/// </summary>
public sealed class LifecycleHandler
{
    private readonly ServerLog _log;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state = (int)ServerState.NotInitialized;

    /// <param name="log">The server's log.</param>
    public LifecycleHandler(ServerLog log)
    {
        _log = log;
    }

    public ServerState State => (ServerState)Volatile.Read(ref _state);

    /// <summary>Completes with the process exit code when <c>exit</c> arrives.</summary>
    public Task<int> ExitRequested => _exit.Task;

    // A constant written by the build (Containers.LanguageServer.csproj, WriteBuildInfo): reading the assembly's
    // version attribute went through NativeAOT reflection, a few ms of the cold start (bench/lsp/README.md).
    public static string ServerVersion => BuildInfo.Version;

    /// <summary>The client's capabilities, as sent with initialize (an empty object before).</summary>
    public ClientCapabilities ClientCapabilities { get; private set; } = ClientCapabilities.None;

    /// <summary>
    /// Checks the state and reads the client's capabilities. The answer is <see cref="Answer"/>, the same for every
    /// client, written as <see cref="InitializeAnswer"/>'s bytes.
    /// </summary>
    public void Initialize(InitializeParams parameters)
    {
        if (Interlocked.CompareExchange(ref _state, (int)ServerState.Initialized, (int)ServerState.NotInitialized) != (int)ServerState.NotInitialized)
        {
            throw new LocalRpcException("initialize may be sent only once") { ErrorCode = LspErrorCodes.InvalidRequest };
        }

        _log.Info($"initialize from {parameters.ClientInfo?.Name ?? "unknown client"} {parameters.ClientInfo?.Version} (pid {parameters.ProcessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"})");
        ClientCapabilities = new ClientCapabilities(parameters.Capabilities);
    }

    /// <summary>
    /// The server's capabilities and info, the same for every client. What the server writes is this, serialized ahead
    /// with the wire options (InitializeResultJsonContext) into <see cref="InitializeAnswer"/>; a test keeps the two equal.
    /// </summary>
    public static InitializeResult Answer()
    {
        var capabilities = new ServerCapabilities
        {
            TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental),
            DiagnosticProvider = new DiagnosticOptions(InterDocumentDependencies: false, WorkspaceDiagnostics: false),
            HoverProvider = true,
            DocumentSymbolProvider = true,
            WorkspaceSymbolProvider = true,
            FoldingRangeProvider = true,
            DefinitionProvider = true,
            ReferencesProvider = true,
            DocumentHighlightProvider = true,
            InlayHintProvider = true,
            CompletionProvider = new CompletionOptions(CompletionHandler.TriggerCharacters, ResolveProvider: true),
            SemanticTokensProvider = new SemanticTokensOptions(SemanticTokensHandler.Legend, Range: true, new SemanticTokensFullOptions(Delta: true)),
            RenameProvider = new RenameOptions(PrepareProvider: true),
            DocumentLinkProvider = new DocumentLinkOptions(ResolveProvider: false),
            DocumentFormattingProvider = true,
            DocumentRangeFormattingProvider = true,
            DocumentOnTypeFormattingProvider = FormattingHandler.OnType,
            CodeActionProvider = CodeActionHandler.Options,
            SignatureHelpProvider = SignatureHelpHandler.Options,
            CodeLensProvider = new CodeLensOptions(ResolveProvider: false),
        };
        return new InitializeResult(capabilities, new ServerInfo("Containers Language Server", ServerVersion));
    }

    public void Shutdown()
    {
        RequireRunning();
        Volatile.Write(ref _state, (int)ServerState.ShutDown);
        _log.Info("shutdown");
    }

    public void Exit()
    {
        var code = State == ServerState.ShutDown ? 0 : 1;
        _log.Info($"exit ({code})");
        _exit.TrySetResult(code);
    }

    /// <summary>Throws the LSP error for a request outside initialize…shutdown.</summary>
    public void RequireRunning()
    {
        switch (State)
        {
            case ServerState.NotInitialized:
                throw new LocalRpcException("the server is not initialized") { ErrorCode = LspErrorCodes.ServerNotInitialized };
            case ServerState.ShutDown:
                throw new LocalRpcException("the server is shutting down") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
    }
}

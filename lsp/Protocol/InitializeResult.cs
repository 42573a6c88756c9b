namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>InitializeResult</c>.</summary>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary>LSP <c>ServerCapabilities</c>: what this server implements.</summary>
public sealed record ServerCapabilities
{
    /// <summary>Positions are UTF-16 code units (the LSP default, and what the engine reports).</summary>
    public string PositionEncoding { get; init; } = "utf-16";

    /// <summary>Incremental document sync with open/close notifications.</summary>
    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    /// <summary>Pull diagnostics (<c>textDocument/diagnostic</c>).</summary>
    public DiagnosticOptions? DiagnosticProvider { get; init; }

    public bool HoverProvider { get; init; }

    public bool DocumentSymbolProvider { get; init; }

    public bool WorkspaceSymbolProvider { get; init; }

    public bool FoldingRangeProvider { get; init; }

    public bool DefinitionProvider { get; init; }

    public bool ReferencesProvider { get; init; }

    public bool DocumentHighlightProvider { get; init; }

    public bool InlayHintProvider { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }

    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    public RenameOptions? RenameProvider { get; init; }

    public DocumentLinkOptions? DocumentLinkProvider { get; init; }

    public bool DocumentFormattingProvider { get; init; }

    public bool DocumentRangeFormattingProvider { get; init; }

    public OnTypeFormattingOptions? DocumentOnTypeFormattingProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }

    public SignatureHelpOptions? SignatureHelpProvider { get; init; }

    public CodeLensOptions? CodeLensProvider { get; init; }
}

/// <summary>LSP <c>TextDocumentSyncOptions</c>.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change);

/// <summary>LSP <c>TextDocumentSyncKind</c> (serialized as its number).</summary>
public enum TextDocumentSyncKind
{
    /// <summary>No sync.</summary>
    None = 0,

    /// <summary>Every change sends the whole text.</summary>
    Full = 1,

    /// <summary>Changes send ranges.</summary>
    Incremental = 2,
}

/// <summary>LSP <c>serverInfo</c>.</summary>
public sealed record ServerInfo(string Name, string Version);

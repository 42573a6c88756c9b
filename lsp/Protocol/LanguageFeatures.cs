namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentPositionParams</c> (hover, completion, definition, highlight, prepareRename).</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, LspPosition Position);

/// <summary>LSP <c>ReferenceParams</c>.</summary>
public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, LspPosition Position, ReferenceContext? Context);

/// <summary>LSP <c>ReferenceContext</c>.</summary>
public sealed record ReferenceContext(bool IncludeDeclaration);

/// <summary>LSP <c>RenameParams</c>.</summary>
public sealed record RenameParams(TextDocumentIdentifier TextDocument, LspPosition Position, string NewName);

/// <summary>LSP <c>PrepareRenameResult</c> (the range-and-placeholder form).</summary>
public sealed record PrepareRenameResult(LspRange Range, string Placeholder);

/// <summary>LSP <c>WorkspaceEdit</c> with <c>changes</c> (URI → edits).</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

/// <summary>LSP <c>TextEdit</c>.</summary>
public sealed record TextEdit(LspRange Range, string NewText);

/// <summary>LSP <c>Location</c>.</summary>
public sealed record Location(string Uri, LspRange Range);

/// <summary>LSP <c>DocumentHighlight</c>; kind 1 text, 2 read, 3 write.</summary>
public sealed record DocumentHighlight(LspRange Range, int Kind);

/// <summary>LSP <c>MarkupContent</c>.</summary>
public sealed record MarkupContent(string Kind, string Value);

/// <summary>LSP <c>Hover</c>.</summary>
public sealed record Hover(MarkupContent Contents, LspRange? Range);

/// <summary>LSP <c>DocumentSymbol</c> (hierarchical).</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, LspRange Range, LspRange SelectionRange, IReadOnlyList<DocumentSymbol>? Children, IReadOnlyList<int>? Tags);

/// <summary>LSP <c>SymbolInformation</c> (flat document symbols, workspace symbols).</summary>
public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName, IReadOnlyList<int>? Tags);

/// <summary>LSP <c>WorkspaceSymbolParams</c>.</summary>
public sealed record WorkspaceSymbolParams(string? Query);

/// <summary>LSP <c>FoldingRange</c>.</summary>
public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

/// <summary>LSP <c>DocumentLink</c>.</summary>
public sealed record DocumentLink(LspRange Range, string? Target, string? Tooltip);

/// <summary>LSP <c>InlayHintParams</c>.</summary>
public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, LspRange Range);

/// <summary>LSP <c>InlayHint</c>; kind 1 type, 2 parameter (values are neither, so none is sent).</summary>
public sealed record InlayHint(LspPosition Position, string Label, string? Tooltip, bool? PaddingLeft);

/// <summary>LSP <c>CompletionList</c>.</summary>
public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

/// <summary>
/// LSP <c>CompletionItem</c>. <see cref="Data"/> carries the documentation key that <c>completionItem/resolve</c> turns
/// into <see cref="Documentation"/>.
/// </summary>
public sealed record CompletionItem
{
    public required string Label { get; init; }

    public int? Kind { get; init; }

    public IReadOnlyList<int>? Tags { get; init; }

    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    public string? SortText { get; init; }

    public int? InsertTextFormat { get; init; }

    public TextEdit? TextEdit { get; init; }

    public string? Data { get; init; }
}

/// <summary>LSP <c>SemanticTokensParams</c>, <c>SemanticTokensRangeParams</c> and <c>SemanticTokensDeltaParams</c> in one.</summary>
public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument, LspRange? Range = null, string? PreviousResultId = null);

/// <summary>LSP <c>SemanticTokens</c> (with <see cref="Data"/>) or <c>SemanticTokensDelta</c> (with <see cref="Edits"/>).</summary>
public sealed record SemanticTokensResult(string? ResultId, IReadOnlyList<int>? Data, IReadOnlyList<SemanticTokensEdit>? Edits);

/// <summary>LSP <c>SemanticTokensEdit</c>.</summary>
public sealed record SemanticTokensEdit(int Start, int DeleteCount, IReadOnlyList<int> Data);

/// <summary>The params of requests about a whole document (<c>DocumentSymbolParams</c>, <c>FoldingRangeParams</c>, <c>DocumentLinkParams</c>).</summary>
public sealed record DocumentParams(TextDocumentIdentifier TextDocument);

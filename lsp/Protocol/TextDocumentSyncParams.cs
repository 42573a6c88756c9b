using System.Text.Json.Serialization;

namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>DidOpenTextDocumentParams</c>.</summary>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>LSP <c>DidChangeTextDocumentParams</c>; with full sync each change carries the whole text.</summary>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>LSP <c>TextDocumentContentChangeEvent</c>; <see cref="Range"/> is null for a full-text change.</summary>
public sealed record TextDocumentContentChangeEvent([property: JsonConverter(typeof(DocumentTextConverter))] string Text, LspRange? Range = null);

/// <summary>LSP <c>DidCloseTextDocumentParams</c>.</summary>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

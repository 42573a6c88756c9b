using System.Text.Json.Serialization;

namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentItem</c>.</summary>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, [property: JsonConverter(typeof(DocumentTextConverter))] string Text);

/// <summary>LSP <c>TextDocumentIdentifier</c>.</summary>
public sealed record TextDocumentIdentifier(string Uri);

/// <summary>LSP <c>VersionedTextDocumentIdentifier</c>.</summary>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

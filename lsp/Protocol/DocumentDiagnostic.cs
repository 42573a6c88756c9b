namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>DocumentDiagnosticParams</c> (<c>textDocument/diagnostic</c>, pull diagnostics, LSP 3.17).</summary>
public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier = null, string? PreviousResultId = null);

/// <summary>
/// LSP <c>DocumentDiagnosticReport</c>: <c>kind: "full"</c> with <see cref="Items"/>, or <c>kind: "unchanged"</c>
/// when <see cref="ResultId"/> equals the client's previous one (then <see cref="Items"/> is null and not sent).
/// </summary>
public sealed record DocumentDiagnosticReport(string Kind, string? ResultId, IReadOnlyList<LspDiagnostic>? Items);

/// <summary>LSP <c>DiagnosticOptions</c>.</summary>
public sealed record DiagnosticOptions(bool InterDocumentDependencies, bool WorkspaceDiagnostics);

/// <summary>LSP <c>DidChangeConfigurationParams</c>; <see cref="Settings"/> may be null (then the client wants a pull).</summary>
public sealed record DidChangeConfigurationParams(System.Text.Json.JsonElement? Settings);

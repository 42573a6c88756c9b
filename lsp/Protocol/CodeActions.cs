using System.Text.Json;

namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>CodeActionParams</c>.</summary>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context);

/// <summary>
/// LSP <c>CodeActionContext</c>. Diagnostics stay raw JSON: the client sends every diagnostic at the range, other
/// sources' too (whose <c>code</c> may be a number), and expects its own objects back in <c>CodeAction.diagnostics</c>.
/// </summary>
public sealed record CodeActionContext(IReadOnlyList<JsonElement>? Diagnostics, IReadOnlyList<string>? Only);

/// <summary>LSP <c>CodeAction</c> (always with its edit: fixes are cheap, so nothing is deferred to <c>codeAction/resolve</c>).</summary>
public sealed record CodeAction(string Title, string Kind, IReadOnlyList<JsonElement>? Diagnostics, bool? IsPreferred, WorkspaceEdit Edit);

/// <summary>LSP <c>CodeActionOptions</c>.</summary>
public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds, bool ResolveProvider);

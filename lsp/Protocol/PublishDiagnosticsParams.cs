namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>PublishDiagnosticsParams</c> (server → client notification <c>textDocument/publishDiagnostics</c>).</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

/// <summary>LSP <c>Diagnostic</c>. <see cref="Code"/> is the rule id (BuildKit's check name where BuildKit has the rule).</summary>
public sealed record LspDiagnostic(LspRange Range, int Severity, string Code, string Source, string Message);

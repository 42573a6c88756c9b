namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>Range</c>, end exclusive.</summary>
public sealed record LspRange(LspPosition Start, LspPosition End);

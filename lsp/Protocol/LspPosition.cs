namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>Position</c>: 0-based line and UTF-16 character (the only encoding we advertise).</summary>
public sealed record LspPosition(int Line, int Character);

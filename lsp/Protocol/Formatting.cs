namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>FormattingOptions</c> (the parts the formatter uses).</summary>
public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

/// <summary>LSP <c>DocumentFormattingParams</c>, <c>DocumentRangeFormattingParams</c> and <c>DocumentOnTypeFormattingParams</c> in one.</summary>
public sealed record FormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options, LspRange? Range = null, LspPosition? Position = null, string? Ch = null);

/// <summary>LSP <c>DocumentOnTypeFormattingOptions</c>.</summary>
public sealed record OnTypeFormattingOptions(string FirstTriggerCharacter, IReadOnlyList<string> MoreTriggerCharacter);

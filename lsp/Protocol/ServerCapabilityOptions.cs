namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>CompletionOptions</c>.</summary>
public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters, bool ResolveProvider);

/// <summary>LSP <c>SemanticTokensOptions</c>.</summary>
public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Range, SemanticTokensFullOptions Full);

/// <summary>LSP <c>SemanticTokensLegend</c>.</summary>
public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

/// <summary>LSP <c>full</c> of <c>SemanticTokensOptions</c>.</summary>
public sealed record SemanticTokensFullOptions(bool Delta);

/// <summary>LSP <c>RenameOptions</c>.</summary>
public sealed record RenameOptions(bool PrepareProvider);

/// <summary>LSP <c>DocumentLinkOptions</c>.</summary>
public sealed record DocumentLinkOptions(bool ResolveProvider);

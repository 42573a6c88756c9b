namespace Containers.LanguageServer.Protocol;

/// <summary>One file's result of <c>containers/lintFiles</c>, in the order asked.</summary>
/// <param name="Uri">The file's URI as given.</param>
/// <param name="Diagnostics">Its diagnostics (empty when clean or unreadable).</param>
/// <param name="Error">Why the file could not be read; null when it was.</param>
public sealed record LintFileResult(string Uri, IReadOnlyList<LspDiagnostic> Diagnostics, string? Error);

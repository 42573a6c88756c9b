namespace Containers.LanguageServer.Protocol;

/// <summary>Params of <c>containers/lintFiles</c>: analyse Dockerfiles on disk as <c>Test-Dockerfile</c> does, with the diagnostics settings of the editor.</summary>
/// <param name="Uris">file:// URIs of the Dockerfiles.</param>
public sealed record LintFilesParams(IReadOnlyList<string> Uris);

using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.LanguageServer.Protocol;

/// <summary>
/// Engine → LSP at the boundary. The engine already counts 0-based lines and UTF-16 columns, the
/// encoding this server advertises, so positions map one to one.
/// </summary>
public static class EngineConversions
{
    /// <summary>The <c>source</c> of every diagnostic this server publishes.</summary>
    public const string DiagnosticSource = "containers";

    public static LspPosition ToLsp(this TextPosition position) => new(position.Line, position.Character);

    public static TextPosition ToEngine(this LspPosition position) => new(position.Line, position.Character);

    public static TextRange ToEngine(this LspRange range) => new(range.Start.ToEngine(), range.End.ToEngine());

    public static LspRange ToLsp(this TextRange range) => new(range.Start.ToLsp(), range.End.ToLsp());

    public static LspDiagnostic ToLsp(this DockerfileDiagnostic diagnostic) =>
        new(diagnostic.Range.ToLsp(), (int)diagnostic.Severity, diagnostic.RuleId, DiagnosticSource, diagnostic.Message);
}

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// An EXPOSE protocol that is not lowercase (<c>80/TCP</c>): BuildKit accepts it but warns. BuildKit's build check
/// ExposeProtoCasing; dockerfile-utils has none.
/// </summary>
internal sealed class ExposeProtoCasingRule : DockerfileRule
{
    public override string Id => "ExposeProtoCasing";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string value) => $"Defined protocol '{value}' in EXPOSE instruction should be lowercase";

    public override void Analyze(Syntax.DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var (word, port) in ExposePort.Of(syntax))
        {
            if (port.Protocol is { } protocol && protocol != protocol.ToLowerInvariant())
            {
                diagnostics.Add(Create(Message(word.Text), word.Range));
            }
        }
    }
}

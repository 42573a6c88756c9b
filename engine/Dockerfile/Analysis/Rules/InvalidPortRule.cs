namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// An EXPOSE port that is not a number 0–65535 or an ascending range of them: BuildKit fails ("invalid
/// containerPort" / "invalid range"). dockerfile-utils' INVALID_PORT (24), which misses numbers over 65535 and
/// descending ranges. Values with variables or quotes are not checked (known only at build time).
/// </summary>
internal sealed class InvalidPortRule : DockerfileRule
{
    public override string Id => "InvalidPort";

    public override int? DockerfileUtilsCode => 24;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string port) => $"Invalid containerPort: {port}";

    public override void Analyze(Syntax.DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var (word, port) in ExposePort.Of(syntax))
        {
            if (!port.HasValidPorts())
            {
                diagnostics.Add(Create(Message(port.Ports), word.Range));
            }
        }
    }
}

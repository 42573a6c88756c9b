using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// An EXPOSE value with an IP address or host port (<c>80:80</c>, <c>127.0.0.1:80:80</c>): publishing is decided
/// by <c>docker run -p</c>, not the image. BuildKit's build check ExposeInvalidFormat; dockerfile-utils has none
/// (it reports some of these as INVALID_PORT, which they are not). Values with variables are not checked.
/// </summary>
internal sealed class ExposeInvalidFormatRule : DockerfileRule
{
    public override string Id => "ExposeInvalidFormat";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string value) =>
        $"EXPOSE instruction should not define an IP address or host-port mapping, found '{value}'";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction.Kind != InstructionKind.Expose)
            {
                continue;
            }

            foreach (var word in instruction.Arguments)
            {
                if (word.Text.Contains(':', StringComparison.Ordinal) && !word.Text.Contains('$', StringComparison.Ordinal))
                {
                    diagnostics.Add(Create(Message(word.Text), word.Range));
                }
            }
        }
    }
}

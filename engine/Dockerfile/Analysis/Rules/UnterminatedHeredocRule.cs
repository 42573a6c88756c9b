using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A here-document whose terminator line never comes: the body runs to the end of the file and BuildKit's parser
/// fails ("unterminated heredoc", moby/buildkit frontend/dockerfile/parser). dockerfile-utils has none: it reads the
/// rest of the file as the body without a word. Reported on the <c>&lt;&lt;WORD</c> marker.
/// </summary>
internal sealed class UnterminatedHeredocRule : DockerfileRule
{
    public override string Id => "UnterminatedHeredoc";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string name) => $"Unterminated heredoc: no line '{name}' ends it";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            var target = BuildKitFlags.Target(instruction);
            foreach (var heredoc in instruction.Heredocs.Count > 0 ? instruction.Heredocs : target.Heredocs)
            {
                if (heredoc.Terminator is null)
                {
                    diagnostics.Add(Create(Message(heredoc.Name), heredoc.Marker.Range));
                }
            }
        }
    }
}

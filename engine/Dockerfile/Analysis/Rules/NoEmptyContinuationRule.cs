using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A blank line inside a continued instruction. BuildKit's build check NoEmptyContinuation warns (these
/// will become errors); dockerfile-utils' EMPTY_CONTINUATION_LINE (11). Reported on the blank line.
/// </summary>
internal sealed class NoEmptyContinuationRule : DockerfileRule
{
    public override string Id => "NoEmptyContinuation";

    public override int? DockerfileUtilsCode => 11;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message() => "Empty continuation lines will become errors in a future release";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            foreach (var line in instruction.EmptyContinuationLines)
            {
                var end = syntax.Lines.ContentEnd(line) - syntax.Lines.LineStart(line);
                diagnostics.Add(Create(Message(), new TextRange(line, 0, line, end)));
            }
        }
    }
}

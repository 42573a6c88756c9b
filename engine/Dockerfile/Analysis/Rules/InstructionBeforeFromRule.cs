using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// An instruction other than ARG before the first FROM: there is no build stage for it yet, and BuildKit
/// fails. dockerfile-utils reports it as NO_SOURCE_IMAGE (20); unknown keywords are left to
/// <see cref="UnknownInstructionRule"/>.
/// </summary>
internal sealed class InstructionBeforeFromRule : DockerfileRule
{
    public override string Id => "InstructionBeforeFrom";

    public override int? DockerfileUtilsCode => 20;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string keyword) =>
        $"No source image provided with `FROM`: {keyword} cannot come before the first FROM (only ARG can)";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction.Kind == InstructionKind.From)
            {
                return;
            }

            if (instruction.Kind is not (InstructionKind.Arg or InstructionKind.Unknown))
            {
                diagnostics.Add(Create(Message(instruction.Keyword.Text), instruction.Keyword.Range));
            }
        }
    }
}

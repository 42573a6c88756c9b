using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A keyword that is none of the 18 instructions, also as an ONBUILD trigger. BuildKit fails the build
/// ("unknown instruction"); dockerfile-utils' UNKNOWN_INSTRUCTION (38).
/// </summary>
internal sealed class UnknownInstructionRule : DockerfileRule
{
    public override string Id => "UnknownInstruction";

    public override int? DockerfileUtilsCode => 38;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string keyword) => $"Unknown instruction: {keyword}";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            var target = instruction is OnbuildInstruction { Trigger: { } trigger } ? trigger : instruction;
            if (target.Kind == InstructionKind.Unknown)
            {
                diagnostics.Add(Create(Message(target.Keyword.Text), target.Keyword.Range));
            }
        }
    }
}

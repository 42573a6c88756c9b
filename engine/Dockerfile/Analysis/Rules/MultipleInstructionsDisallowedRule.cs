using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// More than one CMD, ENTRYPOINT or HEALTHCHECK in a build stage: only the last takes effect. BuildKit's build
/// check MultipleInstructionsDisallowed; dockerfile-utils' MULTIPLE_INSTRUCTIONS (37). As both do, every one but
/// the last is reported, on its keyword. ONBUILD triggers do not count: they run in another build.
/// </summary>
internal sealed class MultipleInstructionsDisallowedRule : DockerfileRule
{
    public override string Id => "MultipleInstructionsDisallowed";

    public override int? DockerfileUtilsCode => 37;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string keyword) =>
        $"Multiple {keyword.ToUpperInvariant()} instructions should not be used in the same stage because only the last one will be used";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        var last = new Dictionary<InstructionKind, Instruction>();
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction.Kind == InstructionKind.From)
            {
                last.Clear();
            }
            else if (instruction.Kind is InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Healthcheck)
            {
                if (last.TryGetValue(instruction.Kind, out var earlier))
                {
                    diagnostics.Add(Create(Message(earlier.Keyword.Text), earlier.Keyword.Range));
                }

                last[instruction.Kind] = instruction;
            }
        }
    }
}

using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// An instruction with nothing after its keyword (and flags) that BuildKit requires arguments for: it fails
/// ("… requires at least one argument" / "exactly one argument"). dockerfile-utils' ARGUMENT_MISSING (2).
/// RUN, CMD and ENTRYPOINT are not reported (BuildKit accepts them empty), nor is HEALTHCHECK, which
/// dockerfile-utils reports under another code (5). ONBUILD triggers are checked too.
/// </summary>
internal sealed class ArgumentMissingRule : DockerfileRule
{
    public override string Id => "ArgumentMissing";

    public override int? DockerfileUtilsCode => 2;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message() => "Instruction has no arguments";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            Check(instruction, diagnostics);
            if (instruction is OnbuildInstruction { Trigger: { } trigger })
            {
                Check(trigger, diagnostics);
            }
        }
    }

    private void Check(Instruction instruction, ICollection<DockerfileDiagnostic> diagnostics)
    {
        if (instruction.Kind is not (InstructionKind.Unknown or InstructionKind.Run or InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Healthcheck)
            && instruction.ArgumentsText.Length == 0 && instruction.Heredocs.Count == 0)
        {
            diagnostics.Add(Create(Message(), instruction.Keyword.Range));
        }
    }
}

using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// CMD or ENTRYPOINT in shell form: the process runs under <c>/bin/sh -c</c>, which does not pass on signals such as
/// SIGTERM from <c>docker stop</c>. BuildKit's build check JSONArgsRecommended (dockerfile2llb dispatchCmd /
/// dispatchEntrypoint), which is silent once a SHELL instruction set the shell — in the stage or a stage it is built
/// on. hadolint's DL3025. Reported on the arguments.
/// </summary>
internal sealed class JsonArgsRecommendedRule : SemanticRule
{
    public override string Id => "JSONArgsRecommended";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string keyword) =>
        $"JSON arguments recommended for {keyword.ToUpperInvariant()} to prevent unintended behavior related to OS signals";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var stage in scope.Stages)
        {
            var shell = SetsShell(stage.BaseStage);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind == InstructionKind.Shell)
                {
                    shell = true;
                }
                else if (!shell && instruction.Kind is InstructionKind.Cmd or InstructionKind.Entrypoint
                    && instruction.Form == InstructionForm.Shell && instruction.Arguments.Count > 0)
                {
                    diagnostics.Add(Create(Message(instruction.Keyword.Text), instruction.ArgumentsRange));
                }
            }
        }
    }

    /// <summary>True when <paramref name="stage"/> or a stage it is built on has a SHELL (the base chain: a stage is analysed alone).</summary>
    private static bool SetsShell(BuildStage? stage)
    {
        for (; stage is not null; stage = stage.BaseStage)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind == InstructionKind.Shell)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

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

    public override void Analyze(DockerfileSemanticModel model, ICollection<DockerfileDiagnostic> diagnostics)
    {
        var setsShell = new bool[model.Stages.Count];
        foreach (var stage in model.Stages)
        {
            var shell = stage.BaseStage is { } parent && setsShell[parent.Index];
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

            setsShell[stage.Index] = shell;
        }
    }
}

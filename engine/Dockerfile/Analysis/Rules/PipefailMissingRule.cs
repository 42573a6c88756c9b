using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A RUN with a pipe while the shell lacks <c>-o pipefail</c>: <c>/bin/sh -c</c> takes the exit status of the last
/// command only, so <c>wget … | tar x</c> succeeds although wget failed. hadolint's DL4006; best practice, off by
/// default. Silent after a SHELL with <c>pipefail</c> (in the stage or a stage it is built on), after a SHELL of a
/// non-POSIX shell (pwsh, cmd), and when the RUN itself sets pipefail. Reported on the RUN arguments.
/// </summary>
internal sealed class PipefailMissingRule : SemanticRule
{
    public override bool IsEnabledByDefault => false;

    public override string Id => "PipefailMissing";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message() => "Set the SHELL option -o pipefail before RUN with a pipe in it";

    public override void Analyze(DockerfileSemanticModel model, ICollection<DockerfileDiagnostic> diagnostics)
    {
        var safeShell = new bool[model.Stages.Count];
        foreach (var stage in model.Stages)
        {
            var safe = stage.BaseStage is { } parent && safeShell[parent.Index];
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind == InstructionKind.Shell)
                {
                    safe = instruction.Arguments.Any(a => a.Text.Contains("pipefail", StringComparison.Ordinal))
                        || (instruction.Arguments.Count > 0 && !IsPosixShell(instruction.Arguments[0].Text));
                }
                else if (!safe && instruction.Kind == InstructionKind.Run && instruction.Form == InstructionForm.Shell
                    && !instruction.ArgumentsText.Contains("pipefail", StringComparison.Ordinal)
                    && ShellCommands.Parse(instruction.ArgumentsText).HasPipe)
                {
                    diagnostics.Add(Create(Message(), instruction.ArgumentsRange));
                }
            }

            safeShell[stage.Index] = safe;
        }
    }

    /// <summary>True for shells where pipefail matters (sh, bash, ash, dash, zsh, ksh); pwsh, cmd and the like are not read.</summary>
    private static bool IsPosixShell(string executable)
    {
        var name = executable.Trim('"')[(executable.Trim('"').LastIndexOfAny(['/', '\\']) + 1)..];
        return name is "sh" or "bash" or "ash" or "dash" or "zsh" or "ksh" or "mksh";
    }
}

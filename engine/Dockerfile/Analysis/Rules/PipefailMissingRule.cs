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

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var stage in scope.Stages)
        {
            var safe = EndsWithSafeShell(stage.BaseStage);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind == InstructionKind.Shell)
                {
                    safe = IsSafe(instruction);
                }
                else if (!safe && instruction.Kind == InstructionKind.Run && instruction.Form == InstructionForm.Shell
                    && !instruction.ArgumentsText.Contains("pipefail", StringComparison.Ordinal)
                    && ShellCommands.Parse(instruction.ArgumentsText).HasPipe)
                {
                    diagnostics.Add(Create(Message(), instruction.ArgumentsRange));
                }
            }
        }
    }

    /// <summary>The shell in effect at the end of <paramref name="stage"/> (its last SHELL, else its base stage's) sets pipefail or is not POSIX.</summary>
    private static bool EndsWithSafeShell(BuildStage? stage)
    {
        for (; stage is not null; stage = stage.BaseStage)
        {
            for (var i = stage.Instructions.Count - 1; i >= 0; i--)
            {
                if (stage.Instructions[i].Kind == InstructionKind.Shell)
                {
                    return IsSafe(stage.Instructions[i]);
                }
            }
        }

        return false;
    }

    private static bool IsSafe(Instruction shell) =>
        shell.Arguments.Any(a => a.Text.Contains("pipefail", StringComparison.Ordinal))
        || (shell.Arguments.Count > 0 && !IsPosixShell(shell.Arguments[0].Text));

    /// <summary>True for shells where pipefail matters (sh, bash, ash, dash, zsh, ksh); pwsh, cmd and the like are not read.</summary>
    private static bool IsPosixShell(string executable)
    {
        var name = executable.Trim('"')[(executable.Trim('"').LastIndexOfAny(['/', '\\']) + 1)..];
        return name is "sh" or "bash" or "ash" or "dash" or "zsh" or "ksh" or "mksh";
    }
}

using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>apt-get install</c> (or <c>apt-get update</c>) in a RUN of the final stage that does not remove
/// <c>/var/lib/apt/lists</c>: the package lists stay in the layer. hadolint's DL3009; best practice, off by default.
/// Builder stages are not checked (their layers do not ship), nor RUNs with a cache mount on <c>/var/lib/apt</c>.
/// Reported on the RUN arguments.
/// </summary>
internal sealed class AptListsNotDeletedRule : SemanticRule
{
    public override bool IsEnabledByDefault => false;

    public override string Id => "AptListsNotDeleted";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Information;

    internal static string Message() => "Delete the apt-get lists after installing something (rm -rf /var/lib/apt/lists/*)";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        // The last stage only (what the image is): in a stage-by-stage run, only the run of that stage reports.
        var stages = scope.Model.Stages;
        if (stages.Count == 0 || !scope.Stages.Contains(stages[^1]))
        {
            return;
        }

        foreach (var run in stages[^1].Instructions)
        {
            if (run.Kind != InstructionKind.Run || run.Form != InstructionForm.Shell
                || run.Flags.Any(f => f.Name.Text == "mount" && f.Value?.Text.Contains("/var/lib/apt", StringComparison.Ordinal) == true))
            {
                continue;
            }

            var commands = ShellCommands.Parse(run.ArgumentsText).Commands;
            if (commands.Any(c => c.Length > 1 && c[0] == "apt-get" && c.Skip(1).FirstOrDefault(w => !w.StartsWith('-')) is "install" or "update")
                && !commands.Any(c => c.Length > 1 && c[0] == "rm" && c.Any(w => w.Contains("/var/lib/apt/lists", StringComparison.Ordinal))))
            {
                diagnostics.Add(Create(Message(), run.ArgumentsRange));
            }
        }
    }
}

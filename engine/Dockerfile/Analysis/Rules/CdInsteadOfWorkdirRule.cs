using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>cd</c> in a RUN: it lasts for that RUN only, which readers miss; WORKDIR states the directory for every later
/// instruction. hadolint's DL3003; best practice, off by default. Only shell-form RUN command lines are read (not
/// here-document scripts). Reported on the RUN arguments.
/// </summary>
internal sealed class CdInsteadOfWorkdirRule : BestPracticeRule
{
    public override string Id => "CdInsteadOfWorkdir";

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message() => "Use WORKDIR to switch to a directory instead of cd";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var run in ShellRuns(syntax.Instructions))
        {
            if (ShellCommands.Parse(run.ArgumentsText).Commands.Any(c => IsCommand(c, "cd")))
            {
                diagnostics.Add(Create(Message(), run.ArgumentsRange));
            }
        }
    }
}

using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>apt-get install pkg</c> without <c>pkg=version</c>: the build installs whatever version is current. hadolint's
/// DL3008; best practice, off by default (the most often disabled hadolint rule: pinning is a maintenance cost).
/// Packages written with variables, local <c>.deb</c> files and <c>pkg/release</c> are not reported. Reported on the
/// RUN arguments, naming the packages.
/// </summary>
internal sealed class AptGetVersionPinningRule : BestPracticeRule
{
    public override string Id => "AptGetVersionPinning";

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(IEnumerable<string> packages) =>
        $"Pin versions in apt-get install (apt-get install <package>=<version>): {string.Join(", ", packages)}";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var run in ShellRuns(syntax.Instructions))
        {
            var unpinned = new List<string>();
            foreach (var command in ShellCommands.Parse(run.ArgumentsText).Commands)
            {
                if (command.Length < 2 || command[0] != "apt-get")
                {
                    continue;
                }

                var words = command.Skip(1).ToArray();
                var verb = Array.FindIndex(words, w => !w.StartsWith('-'));
                if (verb < 0 || words[verb] != "install")
                {
                    continue;
                }

                for (var i = verb + 1; i < words.Length; i++)
                {
                    var w = words[i];
                    if (w is "-o" or "-t" or "-c" or "--target-release" or "--option" or "--config-file")
                    {
                        i++; // the option's value, not a package
                    }
                    else if (!w.StartsWith('-') && !w.Contains('=', StringComparison.Ordinal) && !w.Contains('$', StringComparison.Ordinal)
                        && !w.Contains('/', StringComparison.Ordinal) && !w.EndsWith(".deb", StringComparison.Ordinal)
                        && !w.Contains('>', StringComparison.Ordinal) && !w.Contains('<', StringComparison.Ordinal))
                    {
                        unpinned.Add(w);
                    }
                }
            }

            if (unpinned.Count > 0)
            {
                diagnostics.Add(Create(Message(unpinned), run.ArgumentsRange));
            }
        }
    }
}

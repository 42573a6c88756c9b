using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A relative WORKDIR before any other WORKDIR in its stage: it resolves against the base image's working
/// directory, which may change. BuildKit's build check WorkdirRelativePath; dockerfile-utils'
/// WORKDIR_IS_NOT_ABSOLUTE (50), which also reports relative paths after an absolute one (not done here, as BuildKit
/// does not). Windows paths (<c>C:\app</c>) are absolute; paths with variables and stages built FROM an earlier
/// stage (whose WORKDIR is known) are not checked.
/// </summary>
internal sealed class WorkdirRelativePathRule : SemanticRule
{
    public override string Id => "WorkdirRelativePath";

    public override int? DockerfileUtilsCode => 50;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string path) =>
        $"Relative workdir \"{path}\" can have unexpected results if the base image changes";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var stage in scope.Stages)
        {
            // Built FROM an earlier stage (by its name as written), the working directory is the one that stage left.
            var workdirSet = stage.BaseImage is { } image && IsEarlierStageName(scope.Model.Stages, stage.Index, image.Text);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind != InstructionKind.Workdir || instruction.Arguments.Count == 0)
                {
                    continue;
                }

                var path = instruction.Arguments[0];
                if (!workdirSet && !IsAbsolute(path.Text) && !path.Text.Contains('$', StringComparison.Ordinal))
                {
                    diagnostics.Add(Create(Message(path.Text), path.Range));
                }

                workdirSet = true;
            }
        }
    }

    private static bool IsEarlierStageName(IReadOnlyList<BuildStage> stages, int index, string name)
    {
        for (var i = 0; i < index; i++)
        {
            if (stages[i].Name is { } n && string.Equals(n.Text, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAbsolute(string path)
    {
        var p = path.Trim('"', '\'');
        return p.StartsWith('/') || p.StartsWith('\\')
            || (p.Length >= 3 && char.IsAsciiLetter(p[0]) && p[1] == ':' && p[2] is '\\' or '/');
    }
}

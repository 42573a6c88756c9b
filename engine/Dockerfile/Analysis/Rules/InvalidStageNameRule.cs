using System.Text.RegularExpressions;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A stage name that does not match <c>^[a-z][a-z0-9-_.]*$</c> after lowercasing: BuildKit fails ("invalid name
/// for build stage"). dockerfile-utils' INVALID_BUILD_STAGE_NAME (12). BuildKit validates the name as written,
/// before any expansion, so <c>AS $NAME</c> is reported too.
/// </summary>
internal sealed partial class InvalidStageNameRule : DockerfileRule
{
    public override string Id => "InvalidStageName";

    public override int? DockerfileUtilsCode => 12;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string name) =>
        $"Invalid stage name '{name}': a stage name must start with a letter and contain only letters, digits, '-', '_' and '.'";

    [GeneratedRegex("^[a-z][a-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex StageName();

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction is FromInstruction { StageName: { } name }
                && !StageName().IsMatch(name.Text.ToLowerInvariant()))
            {
                diagnostics.Add(Create(Message(name.Text), name.Range));
            }
        }
    }
}

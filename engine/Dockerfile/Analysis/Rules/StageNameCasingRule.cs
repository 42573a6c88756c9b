using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A stage name with uppercase letters: stage names are case-insensitive, so BuildKit's build check
/// StageNameCasing asks for lowercase. dockerfile-utils has none.
/// </summary>
internal sealed class StageNameCasingRule : DockerfileRule
{
    public override string Id => "StageNameCasing";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string name) => $"Stage name '{name}' should be lowercase";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction is FromInstruction { StageName: { } name } && name.Text != name.Text.ToLowerInvariant())
            {
                diagnostics.Add(Create(Message(name.Text), name.Range));
            }
        }
    }
}

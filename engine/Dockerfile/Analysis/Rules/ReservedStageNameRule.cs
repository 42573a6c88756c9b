using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A stage named <c>scratch</c> or <c>context</c> (any case): those names mean the empty image and the build
/// context. BuildKit's build check ReservedStageName; dockerfile-utils has no such check.
/// </summary>
internal sealed class ReservedStageNameRule : DockerfileRule
{
    public override string Id => "ReservedStageName";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string name) => $"'{name}' is reserved and should not be used as a stage name";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction is FromInstruction { StageName: { } name }
                && (name.Text.Equals("scratch", StringComparison.OrdinalIgnoreCase) || name.Text.Equals("context", StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Add(Create(Message(name.Text), name.Range));
            }
        }
    }
}

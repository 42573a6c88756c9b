using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>FROM image x name</c> whose second word is not AS (any case): BuildKit fails ("FROM requires either one or
/// three arguments"). dockerfile-utils' INVALID_AS (22). Reported on that word.
/// </summary>
internal sealed class InvalidAsRule : DockerfileRule
{
    public override string Id => "InvalidAs";

    public override int? DockerfileUtilsCode => 22;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message() => "Second argument should be AS";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction.Kind == InstructionKind.From && instruction.Arguments.Count == 3
                && !instruction.Arguments[1].Text.Equals("AS", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(Create(Message(), instruction.Arguments[1].Range));
            }
        }
    }
}

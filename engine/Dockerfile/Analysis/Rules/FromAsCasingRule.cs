using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>FROM x as y</c> or <c>from x AS y</c>: the AS keyword's case should match FROM's (lowercase FROM wants
/// lowercase as; otherwise AS). BuildKit's build check FromAsCasing; dockerfile-utils has none. Reported on AS.
/// </summary>
internal sealed class FromAsCasingRule : DockerfileRule
{
    public override string Id => "FromAsCasing";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string from, string @as) => $"'{@as}' and '{from}' keywords' casing do not match";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction is not FromInstruction { StageName: not null } from)
            {
                continue;
            }

            var keyword = from.Keyword.Text;
            var @as = from.Arguments[1];
            var expected = keyword == keyword.ToLowerInvariant() ? @as.Text.ToLowerInvariant() : @as.Text.ToUpperInvariant();
            if (@as.Text != expected)
            {
                diagnostics.Add(Create(Message(keyword, @as.Text), @as.Range));
            }
        }
    }
}

using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A <c># check=</c> directive BuildKit cannot read (unknown option, <c>error=</c> not a boolean): BuildKit fails the
/// build. Also reports a skipped rule name that is no BuildKit build check (names are case-sensitive, so
/// <c>skip=undefinedvar</c> silently skips nothing) as a warning. dockerfile-utils does not know the directive.
/// Reported on the directive's value.
/// </summary>
internal sealed class InvalidCheckDirectiveRule : DockerfileRule
{
    public override string Id => "InvalidCheckDirective";

    public override int? DockerfileUtilsCode => null;

    public override bool ReadsWholeFile => true;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string UnknownRuleMessage(string rule) => $"Unknown build check '{rule}' in check directive (rule names are case-sensitive)";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        var directive = syntax.Directives.FirstOrDefault(d => string.Equals(d.Name.Text, "check", StringComparison.OrdinalIgnoreCase));
        if (directive is null)
        {
            return;
        }

        var check = CheckDirective.Parse(directive.Value.Text);
        if (check.Problem is { } problem)
        {
            diagnostics.Add(Create(problem, directive.Value.Range));
        }

        foreach (var rule in check.Skip.Order(StringComparer.Ordinal))
        {
            if (!BuildChecks.Names.Contains(rule))
            {
                diagnostics.Add(Create(UnknownRuleMessage(rule), directive.Value.Range) with { Severity = DiagnosticSeverity.Warning });
            }
        }
    }
}

using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// An <c># escape=</c> directive whose value is neither <c>\</c> nor <c>`</c>: BuildKit fails
/// ("invalid escape token"); dockerfile-utils' INVALID_ESCAPE_DIRECTIVE (21).
/// </summary>
internal sealed class InvalidEscapeDirectiveRule : DockerfileRule
{
    public override string Id => "InvalidEscapeDirective";

    public override int? DockerfileUtilsCode => 21;

    public override bool ReadsWholeFile => true;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string value) => $"Invalid escape directive value '{value}': it must be \\ or `";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var directive in syntax.Directives)
        {
            if (string.Equals(directive.Name.Text, "escape", StringComparison.OrdinalIgnoreCase)
                && directive.Value.Text is not ("\\" or "`"))
            {
                diagnostics.Add(Create(Message(directive.Value.Text), directive.Value.Range));
            }
        }
    }
}

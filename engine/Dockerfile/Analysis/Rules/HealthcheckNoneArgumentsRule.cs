using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>HEALTHCHECK NONE</c> followed by more words: BuildKit fails ("HEALTHCHECK NONE takes no arguments").
/// dockerfile-utils' ARGUMENT_UNNECESSARY (9). Reported on the extra words.
/// </summary>
internal sealed class HealthcheckNoneArgumentsRule : DockerfileRule
{
    public override string Id => "HealthcheckNoneArguments";

    public override int? DockerfileUtilsCode => 9;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message() => "HEALTHCHECK NONE takes no arguments";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var healthcheck in HealthcheckArguments.Of(syntax))
        {
            var arguments = healthcheck.Arguments;
            if (arguments.Count > 1 && HealthcheckArguments.IsNone(arguments[0]))
            {
                diagnostics.Add(Create(Message(), new TextRange(arguments[1].Range.Start, arguments[^1].Range.End)));
            }
        }
    }
}

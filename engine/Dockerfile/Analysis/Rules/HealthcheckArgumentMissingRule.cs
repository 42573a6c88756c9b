using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// HEALTHCHECK with nothing after it (flags aside): BuildKit fails ("HEALTHCHECK requires at least one argument").
/// dockerfile-utils' ARGUMENT_REQUIRES_AT_LEAST_ONE (5). Reported on the keyword.
/// </summary>
internal sealed class HealthcheckArgumentMissingRule : DockerfileRule
{
    public override string Id => "HealthcheckArgumentMissing";

    public override int? DockerfileUtilsCode => 5;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message() => "HEALTHCHECK requires at least one argument";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var healthcheck in HealthcheckArguments.Of(syntax))
        {
            if (healthcheck.Arguments.Count == 0)
            {
                diagnostics.Add(Create(Message(), healthcheck.Keyword.Range));
            }
        }
    }
}

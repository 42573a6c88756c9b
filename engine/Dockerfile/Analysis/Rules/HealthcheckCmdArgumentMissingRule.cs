using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>HEALTHCHECK CMD</c> with no command: BuildKit fails ("Missing command after HEALTHCHECK CMD").
/// dockerfile-utils' HEALTHCHECK_CMD_ARGUMENT_MISSING (46). Reported on CMD.
/// </summary>
internal sealed class HealthcheckCmdArgumentMissingRule : DockerfileRule
{
    public override string Id => "HealthcheckCmdArgumentMissing";

    public override int? DockerfileUtilsCode => 46;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message() => "Missing command after HEALTHCHECK CMD";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var healthcheck in HealthcheckArguments.Of(syntax))
        {
            if (healthcheck.Arguments.Count == 1 && HealthcheckArguments.IsCmd(healthcheck.Arguments[0]))
            {
                diagnostics.Add(Create(Message(), healthcheck.Arguments[0].Range));
            }
        }
    }
}

using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// HEALTHCHECK followed by something other than CMD or NONE (any case): BuildKit fails ("Unknown type … in
/// HEALTHCHECK (try CMD)"). dockerfile-utils' UNKNOWN_TYPE (43). Reported on that word.
/// </summary>
internal sealed class HealthcheckUnknownTypeRule : DockerfileRule
{
    public override string Id => "HealthcheckUnknownType";

    public override int? DockerfileUtilsCode => 43;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string type) => $"Unknown type \"{type}\" in HEALTHCHECK (try CMD)";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var healthcheck in HealthcheckArguments.Of(syntax))
        {
            if (healthcheck.Arguments.Count > 0 && healthcheck.Arguments[0] is var type
                && !HealthcheckArguments.IsCmd(type) && !HealthcheckArguments.IsNone(type))
            {
                diagnostics.Add(Create(Message(type.Text), type.Range));
            }
        }
    }
}

using System.Globalization;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A HEALTHCHECK <c>--retries</c> that is not a whole number, or is negative: BuildKit fails (strconv.ParseInt's
/// "invalid syntax", "--retries cannot be negative"). dockerfile-utils' INVALID_SYNTAX (28). Unlike
/// dockerfile-utils' FLAG_AT_LEAST_ONE, 0 is accepted: BuildKit reads it as "the default".
/// </summary>
internal sealed class HealthcheckInvalidRetriesRule : DockerfileRule
{
    public override string Id => "HealthcheckInvalidRetries";

    public override int? DockerfileUtilsCode => 28;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string value) => $"Invalid --retries value \"{value}\": it must be a whole number, 0 or more";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var healthcheck in HealthcheckArguments.WithFlags(syntax))
        {
            foreach (var flag in healthcheck.Flags)
            {
                if (flag.Name.Text == "retries" && flag.Value is { Text.Length: > 0 } value
                    && !value.Text.Contains('$', StringComparison.Ordinal)
                    && !(int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var retries) && retries >= 0))
                {
                    diagnostics.Add(Create(Message(value.Text), value.Range));
                }
            }
        }
    }
}

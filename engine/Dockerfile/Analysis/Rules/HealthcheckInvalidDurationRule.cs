using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A HEALTHCHECK <c>--interval</c>, <c>--timeout</c>, <c>--start-period</c> or <c>--start-interval</c> BuildKit
/// rejects (instructions/parse.go parseOptInterval over Go's time.ParseDuration): not a duration
/// (dockerfile-utils' FLAG_INVALID_DURATION, 15), a number without unit (FLAG_MISSING_DURATION, 17), an unknown
/// unit (FLAG_UNKNOWN_UNIT, 19), negative (15), or between 0 and 1 ms (FLAG_LESS_THAN_1MS, 16). Exactly 0 and an
/// empty value mean "the default" and are accepted, unlike dockerfile-utils, which reports <c>0s</c>.
/// </summary>
internal sealed class HealthcheckInvalidDurationRule : DockerfileRule
{
    private static readonly string[] s_durationFlags = ["interval", "timeout", "start-period", "start-interval"];

    public override string Id => "HealthcheckInvalidDuration";

    /// <summary>Varies with the problem (15, 16, 17 or 19); this is the general one.</summary>
    public override int? DockerfileUtilsCode => 15;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string InvalidMessage(string flag, string value) => $"Invalid duration for --{flag}: {value}";

    internal static string MissingUnitMessage(string flag, string value) => $"Missing unit in duration for --{flag}: {value}";

    internal static string UnknownUnitMessage(string flag, string value) => $"Unknown unit in duration for --{flag}: {value}";

    internal static string NegativeMessage(string flag) => $"Interval --{flag} cannot be negative";

    internal static string LessThanOneMillisecondMessage(string flag) => $"Interval --{flag} cannot be less than 1ms";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var healthcheck in HealthcheckArguments.WithFlags(syntax))
        {
            foreach (var flag in healthcheck.Flags)
            {
                if (flag.Value is not { Text.Length: > 0 } value || !s_durationFlags.Contains(flag.Name.Text)
                    || value.Text.Contains('$', StringComparison.Ordinal))
                {
                    continue;
                }

                var name = flag.Name.Text;
                var (message, code) = GoDuration.TryParse(value.Text, out var nanoseconds) switch
                {
                    GoDuration.Problem.Invalid => (InvalidMessage(name, value.Text), 15),
                    GoDuration.Problem.MissingUnit => (MissingUnitMessage(name, value.Text), 17),
                    GoDuration.Problem.UnknownUnit => (UnknownUnitMessage(name, value.Text), 19),
                    _ when nanoseconds < 0 => (NegativeMessage(name), 15),
                    _ when nanoseconds > 0 && nanoseconds < 1e6 => (LessThanOneMillisecondMessage(name), 16),
                    _ => ((string?)null, 0),
                };
                if (message is not null)
                {
                    diagnostics.Add(Create(message, value.Range) with { DockerfileUtilsCode = code });
                }
            }
        }
    }
}

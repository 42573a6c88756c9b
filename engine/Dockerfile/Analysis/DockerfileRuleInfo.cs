namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>What a rule of <see cref="DockerfileAnalyzer"/> is, for settings UIs and documentation.</summary>
/// <param name="Id">The rule id diagnostics carry (BuildKit's check name where BuildKit has the rule).</param>
/// <param name="DockerfileUtilsCode">dockerfile-utils' ValidationCode with the same meaning; null when it has none.</param>
/// <param name="DefaultSeverity">The severity when nothing configures it.</param>
/// <param name="IsBuildCheck">True for a BuildKit build check (what <c># check=skip=</c> and <c>error=true</c> act on).</param>
/// <param name="HadolintCodes">hadolint rule codes with the same meaning (accepted by <c># hadolint ignore=</c>).</param>
public sealed record DockerfileRuleInfo(string Id, int? DockerfileUtilsCode, DiagnosticSeverity DefaultSeverity, bool IsBuildCheck, IReadOnlyList<string> HadolintCodes)
{
    /// <summary>
    /// False for the best-practice rules, which run only when <see cref="DockerfileAnalyzerOptions.RuleSeverities"/>
    /// gives them a severity; true for every check of validity and every BuildKit build check.
    /// </summary>
    public bool IsEnabledByDefault { get; init; } = true;
}

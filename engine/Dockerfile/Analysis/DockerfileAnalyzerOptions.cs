namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>How <see cref="DockerfileAnalyzer"/> reports: per-rule severities, which in-file controls it honours, and what it knows of the build context.</summary>
public sealed record DockerfileAnalyzerOptions
{
    /// <summary>Every rule at its default severity, with the file's <c># check=</c> directive and suppression comments honoured.</summary>
    public static DockerfileAnalyzerOptions Default { get; } = new();

    /// <summary>
    /// Severity per rule id (<see cref="DockerfileDiagnostic.RuleId"/>, case-sensitive as BuildKit's names are); a null
    /// value turns the rule off. Rules not listed keep <see cref="DockerfileRuleInfo.DefaultSeverity"/>. Null: no overrides.
    /// Applied before the file's <c># check=error=true</c>, which still raises build checks to errors.
    /// </summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity?>? RuleSeverities { get; init; }

    /// <summary>
    /// Honour BuildKit's <c># check=skip=Rule,…|all;error=true</c> parser directive (default true): skipped build checks
    /// are not reported and, with <c>error=true</c>, build checks are errors. It never affects rules that are not
    /// BuildKit build checks (<see cref="DockerfileRuleInfo.IsBuildCheck"/>).
    /// </summary>
    public bool HonorCheckDirective { get; init; } = true;

    /// <summary>
    /// Honour suppression comments (default true): <c># dockerfile-utils: ignore</c> (every diagnostic of the next
    /// instruction), <c># hadolint ignore=DL3008,Rule,…</c> (those rules on the next instruction) and
    /// <c># hadolint global ignore=…</c> (those rules in the whole file).
    /// </summary>
    public bool HonorSuppressionComments { get; init; } = true;

    /// <summary>
    /// The .dockerignore of the build context the Dockerfile is built with, for BuildKit's CopyIgnoredFile check (COPY
    /// and ADD sources the context will not hold). Null (the default): the context is unknown and the check reports
    /// nothing. Two options with equal rules are equal, so an analysis made with them is reused.
    /// </summary>
    public DockerIgnoreRules? DockerIgnore { get; init; }
}

using Containers.Engine.Dockerfile.Analysis.Rules;
using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>
/// Runs every rule over a parsed Dockerfile. A diagnostic on a Dockerfile that BuildKit builds without
/// complaint is a bug (no false positives): rules report what the builder rejects, or what BuildKit's own
/// build checks warn about.
/// </summary>
public static class DockerfileAnalyzer
{
    private static readonly DockerfileRule[] s_rules =
    [
        new InvalidEscapeDirectiveRule(),
        new UnknownInstructionRule(),
        new InstructionBeforeFromRule(),
        new NoSourceImageRule(),
        new NoEmptyContinuationRule(),
        new ArgumentMissingRule(),
        new FromArgumentCountRule(),
        new InvalidAsRule(),
        new UnknownFlagRule(),
        new FlagMissingValueRule(),
        new FlagExpectedBooleanValueRule(),
        new FlagDuplicateRule(),
        new InvalidRunFlagValueRule(),
        new OnbuildChainingDisallowedRule(),
        new OnbuildTriggerDisallowedRule(),
        new HealthcheckArgumentMissingRule(),
        new HealthcheckUnknownTypeRule(),
        new HealthcheckNoneArgumentsRule(),
        new HealthcheckCmdArgumentMissingRule(),
        new HealthcheckInvalidDurationRule(),
        new HealthcheckInvalidRetriesRule(),
        new InvalidPortRule(),
        new InvalidProtocolRule(),
        new InvalidStageNameRule(),
        new DuplicateStageNameRule(),
        new ReservedStageNameRule(),
        new MultipleInstructionsDisallowedRule(),
        new MaintainerDeprecatedRule(),
        new ExposeInvalidFormatRule(),
        new ExposeProtoCasingRule(),
        new FromAsCasingRule(),
        new StageNameCasingRule(),
        new WorkdirRelativePathRule(),
        new SecretsUsedInArgOrEnvRule(),
        new LegacyKeyValueFormatRule(),
        new UndefinedArgInFromRule(),
        new UndefinedVarRule(),
        new InvalidDefaultArgInFromRule(),
        new InvalidStageIndexRule(),
        new InvalidCheckDirectiveRule(),
        new UnterminatedHeredocRule(),
        new ConsistentInstructionCasingRule(),
        new JsonArgsRecommendedRule(),
        new RedundantTargetPlatformRule(),
        new FromPlatformFlagConstDisallowedRule(),
        new CopyIgnoredFileRule(),

        // Best practices (hadolint), off by default: they run when the per-rule severities name them.
        new FromUntaggedImageRule(),
        new FromLatestTagRule(),
        new AptGetVersionPinningRule(),
        new AptListsNotDeletedRule(),
        new AddInsteadOfCopyRule(),
        new PipefailMissingRule(),
        new LastUserRootRule(),
        new CdInsteadOfWorkdirRule(),
    ];

    /// <summary>The diagnostics of <paramref name="syntax"/>, ordered by position.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<DockerfileDiagnostic> Analyze(DockerfileSyntax syntax, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return Analyze(DockerfileSemanticModel.Create(syntax), DockerfileAnalyzerOptions.Default, cancellationToken);
    }

    /// <summary>The diagnostics of the Dockerfile <paramref name="model"/> describes, with default options, ordered by position.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<DockerfileDiagnostic> Analyze(DockerfileSemanticModel model, CancellationToken cancellationToken) =>
        Analyze(model, DockerfileAnalyzerOptions.Default, cancellationToken);

    /// <summary>
    /// The diagnostics of the Dockerfile <paramref name="model"/> describes, ordered by position: rules turned off in
    /// <paramref name="options"/>, skipped by the file's <c># check=</c> directive or suppressed by a comment are left out;
    /// severities follow the options, then <c># check=error=true</c> (build checks become errors).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<DockerfileDiagnostic> Analyze(DockerfileSemanticModel model, DockerfileAnalyzerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        return Run(model, options, null, cancellationToken).Diagnostics;
    }

    /// <summary>
    /// Analyses <paramref name="model"/> segment by segment (<see cref="RuleScope"/>): the segments of
    /// <paramref name="previous"/>, the analysis of an earlier version of the same document with equal options (the
    /// caller's to ensure: segments hold what the rules found with those options), that the edit cannot have changed
    /// are taken from it, moved by the edit's line delta (<see cref="SegmentReuse"/>); the others, and the rules that
    /// read the whole file, run. The result is the same as without
    /// <paramref name="previous"/>.
    /// </summary>
    internal static DockerfileAnalysis Run(DockerfileSemanticModel model, DockerfileAnalyzerOptions options, DockerfileAnalysis? previous, CancellationToken cancellationToken)
    {
        var check = options.HonorCheckDirective ? CheckDirective.From(model.Syntax) : null;
        var segmentRules = new List<(DockerfileRule Rule, DiagnosticSeverity? Severity)>();
        var fileRules = new List<(DockerfileRule Rule, DiagnosticSeverity? Severity)>();
        foreach (var rule in s_rules)
        {
            DiagnosticSeverity? severity = null;
            if (options.RuleSeverities is { } severities && severities.TryGetValue(rule.Id, out var configured))
            {
                if (configured is not { } value)
                {
                    continue;
                }

                severity = value;
            }
            else if (!rule.IsEnabledByDefault)
            {
                continue;
            }

            var isBuildCheck = BuildChecks.Names.Contains(rule.Id);
            if (check is not null && isBuildCheck && (check.SkipAll || check.Skip.Contains(rule.Id)))
            {
                continue;
            }

            if (check is { Error: true } && isBuildCheck)
            {
                severity = DiagnosticSeverity.Error;
            }

            (rule.ReadsWholeFile ? fileRules : segmentRules).Add((rule, severity));
        }

        var stages = model.Stages;
        var reusable = previous is null ? null : SegmentReuse.Find(previous, model);
        var segments = new DockerfileDiagnostic[stages.Count + 1][];
        var reused = 0;
        var kept = new List<DockerfileDiagnostic>();
        var found = new List<DockerfileDiagnostic>();
        for (var i = 0; i < segments.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reusable?[i] is { } earlier)
            {
                segments[i] = earlier;
                reused++;
            }
            else
            {
                var scope = i == 0 ? RuleScope.BeforeFirstFrom(model, options) : RuleScope.Stage(model, stages[i - 1], options);
                var start = kept.Count;
                RunRules(segmentRules, scope, found, kept);
                segments[i] = kept.Count == start ? [] : [.. kept.Skip(start)];
                kept.RemoveRange(start, kept.Count - start);
            }

            kept.AddRange(segments[i]);
        }

        RunRules(fileRules, RuleScope.WholeFile(model, options), found, kept);
        if (options.HonorSuppressionComments && kept.Count > 0)
        {
            var suppressions = DockerfileSuppressions.Read(model.Syntax);
            if (!suppressions.IsEmpty)
            {
                kept.RemoveAll(suppressions.IsSuppressed);
            }
        }

        IReadOnlyList<DockerfileDiagnostic> diagnostics = kept.Count == 0 ? [] : [.. kept.OrderBy(d => d.Range.Start).ThenBy(d => d.RuleId, StringComparer.Ordinal)];
        return new DockerfileAnalysis(model.Syntax, options, segments, diagnostics, reused);
    }

    private static void RunRules(List<(DockerfileRule Rule, DiagnosticSeverity? Severity)> rules, RuleScope scope, List<DockerfileDiagnostic> found, List<DockerfileDiagnostic> kept)
    {
        foreach (var (rule, severity) in rules)
        {
            found.Clear();
            rule.Analyze(scope, found);
            foreach (var diagnostic in found)
            {
                kept.Add(severity is not { } forced || diagnostic.Severity == forced ? diagnostic : diagnostic with { Severity = forced });
            }
        }
    }

    /// <summary>Every rule the analyzer runs, in the order it runs them.</summary>
    public static IReadOnlyList<DockerfileRuleInfo> Rules { get; } =
    [
        .. s_rules.Select(r => new DockerfileRuleInfo(r.Id, r.DockerfileUtilsCode, r.DefaultSeverity, BuildChecks.Names.Contains(r.Id), r.HadolintCodes)
        {
            IsEnabledByDefault = r.IsEnabledByDefault,
        }),
    ];
}

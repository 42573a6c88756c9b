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
    ];

    /// <summary>The diagnostics of <paramref name="syntax"/>, ordered by position.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<DockerfileDiagnostic> Analyze(DockerfileSyntax syntax, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return Analyze(DockerfileSemanticModel.Create(syntax), cancellationToken);
    }

    /// <summary>The diagnostics of the Dockerfile <paramref name="model"/> describes, ordered by position.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IReadOnlyList<DockerfileDiagnostic> Analyze(DockerfileSemanticModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        var diagnostics = new List<DockerfileDiagnostic>();
        foreach (var rule in s_rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rule.Analyze(model, diagnostics);
        }

        return [.. diagnostics.OrderBy(d => d.Range.Start).ThenBy(d => d.RuleId, StringComparer.Ordinal)];
    }
}

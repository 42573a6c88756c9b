using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>One problem found in a Dockerfile by a rule of <see cref="DockerfileAnalyzer"/>.</summary>
/// <param name="RuleId">
/// The rule's stable name: BuildKit's build-check name where BuildKit has the rule (e.g. <c>NoEmptyContinuation</c>),
/// otherwise a PascalCase name of ours (e.g. <c>UnknownInstruction</c>).
/// </param>
/// <param name="DockerfileUtilsCode">
/// dockerfile-utils' ValidationCode with the same meaning, so results compare with that linter's; null when it has none.
/// </param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Message">The text shown to the user.</param>
/// <param name="Range">Where the problem is (0-based lines, UTF-16 columns).</param>
public sealed record DockerfileDiagnostic(
    string RuleId,
    int? DockerfileUtilsCode,
    DiagnosticSeverity Severity,
    string Message,
    TextRange Range);

using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>
/// One analyzer rule: its id, dockerfile-utils code, default severity, message, and the check itself.
/// Rules read the syntax tree only; each lives in its own file under Rules/.
/// </summary>
internal abstract class DockerfileRule
{
    public abstract string Id { get; }

    public abstract int? DockerfileUtilsCode { get; }

    public abstract DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>
    /// False for the best-practice (hadolint-style) rules: they run only when the per-rule severity configuration
    /// gives them a severity (issue #9: "a set of hadolint-style best-practice rules off by default").
    /// </summary>
    public virtual bool IsEnabledByDefault => true;

    /// <summary>hadolint codes of the same meaning (accepted by <c># hadolint ignore=</c>); empty when none.</summary>
    public virtual IReadOnlyList<string> HadolintCodes => BuildChecks.HadolintCodes.TryGetValue(Id, out var codes) ? codes : [];

    /// <summary>
    /// True for a rule that must see the whole file at once (directives, a majority over all stages, duplicates
    /// between stages); it runs on every analysis. The others run once per segment (<see cref="RuleScope"/>) and must
    /// report only in that segment, from what it depends on.
    /// </summary>
    public virtual bool ReadsWholeFile => false;

    /// <summary>Syntax rules: <paramref name="syntax"/> holds the segment's instructions (the whole file's for <see cref="ReadsWholeFile"/>).</summary>
    public abstract void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics);

    /// <summary>Rules that need stages or variable scopes override this; the others read the syntax tree only.</summary>
    public virtual void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics) =>
        Analyze(scope.Syntax, diagnostics);

    protected DockerfileDiagnostic Create(string message, TextRange range) =>
        new(Id, DockerfileUtilsCode, DefaultSeverity, message, range);
}

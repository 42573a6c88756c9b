
namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>COPY --from=N</c> or <c>RUN --mount=…,from=N</c> with an index that names no other stage: the current stage or
/// one past the last. BuildKit fails the build ("invalid stage index"/circular dependency); dockerfile-utils has no such
/// check. Reported on the index.
/// </summary>
internal sealed class InvalidStageIndexRule : SemanticRule
{
    public override string Id => "InvalidStageIndex";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string index, int stageCount, bool isCurrent) => isCurrent
        ? $"Stage index {index} refers to the current stage"
        : $"Stage index {index} does not exist (the Dockerfile has {stageCount} stage{(stageCount == 1 ? string.Empty : "s")})";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var reference in scope.StageReferences)
        {
            if (reference is { IsIndex: true, Target: null })
            {
                var isCurrent = reference.Stage is { } stage
                    && int.TryParse(reference.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index == stage.Index;
                diagnostics.Add(Create(Message(reference.Text, scope.Model.Stages.Count, isCurrent), reference.Range));
            }
        }
    }
}

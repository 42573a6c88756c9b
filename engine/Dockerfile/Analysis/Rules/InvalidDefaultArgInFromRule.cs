
namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A FROM image built from global ARGs is empty with their defaults (for example <c>ARG IMAGE</c> without default,
/// then <c>FROM $IMAGE</c>): the build fails unless every build passes --build-arg. BuildKit's build check
/// InvalidDefaultArgInFrom; dockerfile-utils has none. Only reported when every variable involved is a declared
/// global ARG (a predefined platform ARG is never empty). Reported on the image.
/// </summary>
internal sealed class InvalidDefaultArgInFromRule : SemanticRule
{
    public override string Id => "InvalidDefaultArgInFrom";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string image) =>
        $"Default value for ARG {image} results in empty or invalid base image name";

    public override void Analyze(RuleScope scope, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var stage in scope.Stages)
        {
            if (stage.BaseImage is not { } image || !image.Text.Contains('$', StringComparison.Ordinal))
            {
                continue;
            }

            // The stage's own index of its image references: scanning every reference of the file per stage was quadratic.
            var references = stage.BaseImageReferenceList;
            if (references.Count == 0 || references.Exists(r => r.Variable is null || r.Variable.IsPredefined))
            {
                continue;
            }

            var resolved = stage.ResolvedBaseImage;
            if (resolved is not null && (resolved.Length == 0 || resolved.StartsWith(':') || resolved.StartsWith('@') || resolved.EndsWith(':') || resolved.Contains("//", StringComparison.Ordinal)))
            {
                diagnostics.Add(Create(Message(image.Text), image.Range));
            }
        }
    }
}

using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>A rule that reads the semantic model (stages, variable scopes) rather than the syntax tree alone.</summary>
internal abstract class SemanticRule : DockerfileRule
{
    public sealed override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics) =>
        Analyze(DockerfileSemanticModel.Create(syntax), diagnostics);

    public abstract override void Analyze(DockerfileSemanticModel model, ICollection<DockerfileDiagnostic> diagnostics);
}

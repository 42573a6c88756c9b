using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A Dockerfile with no FROM at all: empty, only comments, or only ARGs (and unknown keywords).
/// BuildKit fails ("file with no instructions" / "no build stage"); dockerfile-utils' NO_SOURCE_IMAGE (20),
/// reported at the start of the file. When some other instruction precedes the missing FROM,
/// <see cref="InstructionBeforeFromRule"/> already points at it.
/// </summary>
internal sealed class NoSourceImageRule : DockerfileRule
{
    public override string Id => "NoSourceImage";

    public override int? DockerfileUtilsCode => 20;

    public override bool ReadsWholeFile => true;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message() => "No source image provided with `FROM`";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        if (syntax.Instructions.All(i => i.Kind is InstructionKind.Arg or InstructionKind.Unknown))
        {
            diagnostics.Add(Create(Message(), new TextRange(0, 0, 0, 0)));
        }
    }
}

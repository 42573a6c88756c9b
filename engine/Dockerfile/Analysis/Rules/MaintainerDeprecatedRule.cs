using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// MAINTAINER, deprecated in favour of <c>LABEL org.opencontainers.image.authors=…</c>. BuildKit's build check
/// MaintainerDeprecated; dockerfile-utils' DEPRECATED_MAINTAINER (45). Reported on the keyword.
/// </summary>
internal sealed class MaintainerDeprecatedRule : DockerfileRule
{
    public override string Id => "MaintainerDeprecated";

    public override int? DockerfileUtilsCode => 45;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message() =>
        "The MAINTAINER instruction is deprecated, use a label instead to define an image author";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction.Kind == InstructionKind.Maintainer)
            {
                diagnostics.Add(Create(Message(), instruction.Keyword.Range));
            }
        }
    }
}

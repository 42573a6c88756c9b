using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>ONBUILD ONBUILD …</c>: BuildKit fails ("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed").
/// dockerfile-utils' ONBUILD_CHAINING_DISALLOWED (29). Reported on the second keyword.
/// </summary>
internal sealed class OnbuildChainingDisallowedRule : DockerfileRule
{
    public override string Id => "OnbuildChainingDisallowed";

    public override int? DockerfileUtilsCode => 29;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message() => "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction is OnbuildInstruction { Trigger: { Kind: InstructionKind.Onbuild } trigger })
            {
                diagnostics.Add(Create(Message(), trigger.Keyword.Range));
            }
        }
    }
}

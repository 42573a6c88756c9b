using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>ONBUILD FROM</c> or <c>ONBUILD MAINTAINER</c>: BuildKit fails ("… isn't allowed as an ONBUILD trigger").
/// dockerfile-utils' ONBUILD_TRIGGER_DISALLOWED (30). Reported on the trigger's keyword.
/// </summary>
internal sealed class OnbuildTriggerDisallowedRule : DockerfileRule
{
    public override string Id => "OnbuildTriggerDisallowed";

    public override int? DockerfileUtilsCode => 30;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string keyword) => $"{keyword.ToUpperInvariant()} isn't allowed as an ONBUILD trigger";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction is OnbuildInstruction { Trigger: { Kind: InstructionKind.From or InstructionKind.Maintainer } trigger })
            {
                diagnostics.Add(Create(Message(trigger.Keyword.Text), trigger.Keyword.Range));
            }
        }
    }
}

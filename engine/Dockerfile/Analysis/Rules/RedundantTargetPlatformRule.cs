using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// <c>FROM --platform=$TARGETPLATFORM</c>: the target platform is already what FROM pulls, so the flag only adds
/// noise. BuildKit's build check RedundantTargetPlatform; dockerfile-utils has none. Reported on the flag value.
/// </summary>
internal sealed class RedundantTargetPlatformRule : DockerfileRule
{
    public override string Id => "RedundantTargetPlatform";

    public override int? DockerfileUtilsCode => null;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string platform) =>
        $"Setting platform to predefined {platform} in FROM is redundant as this is the default behavior";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            if (instruction is not FromInstruction from)
            {
                continue;
            }

            foreach (var flag in from.Flags)
            {
                if (string.Equals(flag.Name.Text, "platform", StringComparison.Ordinal)
                    && flag.Value is { Text: "$TARGETPLATFORM" or "${TARGETPLATFORM}" } value)
                {
                    diagnostics.Add(Create(Message(value.Text), value.Range));
                }
            }
        }
    }
}

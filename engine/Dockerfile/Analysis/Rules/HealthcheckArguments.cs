using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>The HEALTHCHECK instructions (ONBUILD triggers included) of a file, for the HEALTHCHECK rules.</summary>
internal static class HealthcheckArguments
{
    /// <summary>Every HEALTHCHECK; <see cref="WithFlags"/> leaves out HEALTHCHECK NONE, whose flags BuildKit ignores.</summary>
    public static IEnumerable<Instruction> Of(DockerfileSyntax syntax) =>
        syntax.Instructions.Select(BuildKitFlags.Target).Where(i => i.Kind == InstructionKind.Healthcheck);

    public static IEnumerable<Instruction> WithFlags(DockerfileSyntax syntax) => Of(syntax).Where(h => !BuildKitFlags.IsHealthcheckNone(h));

    public static bool IsCmd(SyntaxToken type) => type.Text.Equals("CMD", StringComparison.OrdinalIgnoreCase);

    public static bool IsNone(SyntaxToken type) => type.Text.Equals("NONE", StringComparison.OrdinalIgnoreCase);
}

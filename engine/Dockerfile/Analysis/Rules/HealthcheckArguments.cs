using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>The HEALTHCHECK instructions (ONBUILD triggers included) of a file, for the HEALTHCHECK rules.</summary>
internal static class HealthcheckArguments
{
    /// <summary>Every HEALTHCHECK; <see cref="WithFlags"/> leaves out HEALTHCHECK NONE, whose flags BuildKit ignores.</summary>
    /// <remarks>
    /// A loop over the span, not a query: six rules ask, and a Select/Where chain over a large file's instructions
    /// (which seldom has a HEALTHCHECK at all) was a fifth of its analysis.
    /// </remarks>
    public static IReadOnlyList<Instruction> Of(DockerfileSyntax syntax)
    {
        List<Instruction>? found = null;
        foreach (var instruction in syntax.InstructionSpan)
        {
            var target = BuildKitFlags.Target(instruction);
            if (target.Kind == InstructionKind.Healthcheck)
            {
                (found ??= []).Add(target);
            }
        }

        return found ?? (IReadOnlyList<Instruction>)[];
    }

    public static IEnumerable<Instruction> WithFlags(DockerfileSyntax syntax) => Of(syntax).Where(h => !BuildKitFlags.IsHealthcheckNone(h));

    public static bool IsCmd(SyntaxToken type) => type.Text.Equals("CMD", StringComparison.OrdinalIgnoreCase);

    public static bool IsNone(SyntaxToken type) => type.Text.Equals("NONE", StringComparison.OrdinalIgnoreCase);
}

using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A flag that needs a value written without <c>=</c> (<c>COPY --from x</c>, <c>RUN --mount</c>): BuildKit fails
/// ("missing a value on flag"). dockerfile-utils' FLAG_MISSING_VALUE (18), here for RUN's flags too. Boolean flags
/// (<c>--link</c>, <c>--parents</c>, <c>--keep-git-dir</c>, <c>--unpack</c>) need none.
/// </summary>
internal sealed class FlagMissingValueRule : DockerfileRule
{
    public override string Id => "FlagMissingValue";

    public override int? DockerfileUtilsCode => 18;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string flag) => $"Missing a value on flag: --{flag}";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        foreach (var instruction in syntax.InstructionSpan)
        {
            var target = BuildKitFlags.Target(instruction);
            if (!BuildKitFlags.TryGetFlags(target, out var known))
            {
                continue;
            }

            // An index loop: a foreach over the IReadOnlyList boxes an enumerator per instruction (issue #10).
            for (var i = 0; i < target.Flags.Count; i++)
            {
                var flag = target.Flags[i];
                if (flag.Value is null && known.TryGetValue(flag.Name.Text, out var type) && type != BuildKitFlagType.Bool)
                {
                    diagnostics.Add(Create(Message(flag.Name.Text), flag.Range));
                }
            }
        }
    }
}

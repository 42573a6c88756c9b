using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A <c>--flag</c> the instruction does not have: BuildKit fails ("unknown flag"). The flag sets are BuildKit's
/// (<see cref="BuildKitFlags"/>), newer than dockerfile-utils', whose codes are
/// UNKNOWN_ADD_FLAG (39), UNKNOWN_COPY_FLAG (40), UNKNOWN_FROM_FLAG (41) and UNKNOWN_HEALTHCHECK_FLAG (42): so
/// <c>ADD --unpack</c> is not reported (a dockerfile-utils false positive), and RUN flags, which dockerfile-utils
/// does not check at all, are (null code). Flag names are case-sensitive, as in BuildKit's BFlags. Other
/// instructions are not checked: they take no flags, and words like <c>CMD --help</c> need more care first.
/// </summary>
internal sealed class UnknownFlagRule : DockerfileRule
{
    public override string Id => "UnknownFlag";

    /// <summary>Varies by instruction (see <see cref="CodeFor"/>); this is ADD's.</summary>
    public override int? DockerfileUtilsCode => 39;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string keyword, string flag) => $"Unknown flag for {keyword.ToUpperInvariant()}: --{flag}";

    /// <summary>dockerfile-utils' code for an unknown flag of <paramref name="kind"/>; null for RUN, which it does not check.</summary>
    internal static int? CodeFor(InstructionKind kind) => kind switch
    {
        InstructionKind.Add => 39,
        InstructionKind.Copy => 40,
        InstructionKind.From => 41,
        InstructionKind.Healthcheck => 42,
        _ => null,
    };

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
                if (!known.ContainsKey(flag.Name.Text))
                {
                    diagnostics.Add(Create(Message(target.Keyword.Text, flag.Name.Text), flag.Range) with { DockerfileUtilsCode = CodeFor(target.Kind) });
                }
            }
        }
    }
}

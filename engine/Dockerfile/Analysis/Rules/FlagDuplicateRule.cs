using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A flag given twice that BuildKit allows once (all but <c>--mount</c>, <c>--exclude</c> and <c>--device</c>):
/// BuildKit fails ("duplicate flag specified"). dockerfile-utils' FLAG_DUPLICATE (14); as there, every occurrence
/// is reported.
/// </summary>
internal sealed class FlagDuplicateRule : DockerfileRule
{
    public override string Id => "FlagDuplicate";

    public override int? DockerfileUtilsCode => 14;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string flag) => $"Duplicate flag specified: --{flag}";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var instruction in syntax.InstructionSpan)
        {
            var target = BuildKitFlags.Target(instruction);
            if (!BuildKitFlags.TryGetFlags(target, out var known) || target.Flags.Count < 2)
            {
                continue;
            }

            // Counted without LINQ grouping: this runs for every instruction of every analysis (bench/dockerfile).
            counts.Clear();
            // An index loop: a foreach over the IReadOnlyList boxes an enumerator per instruction (issue #10).
            for (var i = 0; i < target.Flags.Count; i++)
            {
                var flag = target.Flags[i];
                if (known.TryGetValue(flag.Name.Text, out var type) && type != BuildKitFlagType.Strings)
                {
                    counts[flag.Name.Text] = counts.GetValueOrDefault(flag.Name.Text) + 1;
                }
            }

            for (var i = 0; i < target.Flags.Count; i++)
            {
                var flag = target.Flags[i];
                if (counts.GetValueOrDefault(flag.Name.Text) > 1)
                {
                    diagnostics.Add(Create(Message(flag.Name.Text), flag.Range));
                }
            }
        }
    }
}

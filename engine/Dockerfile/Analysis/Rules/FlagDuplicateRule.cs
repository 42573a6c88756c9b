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
        foreach (var instruction in syntax.Instructions)
        {
            var target = BuildKitFlags.Target(instruction);
            if (!BuildKitFlags.TryGetFlags(target, out var known) || target.Flags.Count < 2)
            {
                continue;
            }

            var repeated = target.Flags
                .Where(f => known.TryGetValue(f.Name.Text, out var type) && type != BuildKitFlagType.Strings)
                .GroupBy(f => f.Name.Text, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .SelectMany(g => g);
            foreach (var flag in repeated)
            {
                diagnostics.Add(Create(Message(flag.Name.Text), flag.Range));
            }
        }
    }
}

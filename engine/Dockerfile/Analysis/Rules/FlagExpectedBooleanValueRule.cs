using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// A boolean flag (<c>--link</c>, <c>--parents</c>, <c>--keep-git-dir</c>, <c>--unpack</c>) whose value is not
/// true or false (any case), empty included: BuildKit fails ("expecting boolean value for flag"). dockerfile-utils'
/// FLAG_EXPECTED_BOOLEAN_VALUE (48). Values with variables are not checked.
/// </summary>
internal sealed class FlagExpectedBooleanValueRule : DockerfileRule
{
    public override string Id => "FlagExpectedBooleanValue";

    public override int? DockerfileUtilsCode => 48;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    internal static string Message(string flag, string value) => $"Expecting boolean value for flag --{flag}, not: {value}";

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
                if (flag.Value is { } value
                    && known.TryGetValue(flag.Name.Text, out var type) && type == BuildKitFlagType.Bool
                    && !value.Text.Contains('$', StringComparison.Ordinal)
                    && !value.Text.Equals("true", StringComparison.OrdinalIgnoreCase)
                    && !value.Text.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.Add(Create(Message(flag.Name.Text, value.Text), value.Text.Length == 0 ? flag.Range : value.Range));
                }
            }
        }
    }
}

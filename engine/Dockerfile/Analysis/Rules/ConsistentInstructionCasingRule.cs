using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>
/// An instruction keyword that is mixed case (<c>Run</c>), or not in the casing most keywords of the file use.
/// BuildKit's build check ConsistentInstructionCasing (dockerfile2llb validateCommandCasing): keywords that are all
/// lowercase or all uppercase are counted, the majority wins (uppercase on a tie). As in BuildKit, only the stages are
/// read: ARGs before the first FROM are neither counted nor reported. dockerfile-utils instead flags
/// every non-uppercase keyword (code 0), which BuildKit accepts. Reported on the keyword.
/// </summary>
internal sealed class ConsistentInstructionCasingRule : DockerfileRule
{
    public override string Id => "ConsistentInstructionCasing";

    public override int? DockerfileUtilsCode => null;

    public override bool ReadsWholeFile => true;

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string keyword, bool lowercase) =>
        $"Command '{keyword}' should match the case of the command majority ({(lowercase ? "lowercase" : "uppercase")})";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        // A file-wide majority, so it runs on every analysis: one pass to count, one to report, no allocation
        // (issue #10: it runs on every keystroke).
        var instructions = syntax.Instructions;
        var first = 0;
        while (first < instructions.Count && instructions[first].Kind != InstructionKind.From)
        {
            first++;
        }

        int lower = 0, upper = 0;
        for (var i = first; i < instructions.Count; i++)
        {
            var (hasLower, hasUpper) = Letters(instructions[i].Keyword.Text);
            if (!hasUpper)
            {
                lower++;
            }
            else if (!hasLower)
            {
                upper++;
            }
        }

        var majorityLower = lower > upper;
        for (var i = first; i < instructions.Count; i++)
        {
            var keyword = instructions[i].Keyword;
            var (hasLower, hasUpper) = Letters(keyword.Text);
            if (keyword.Text.Length > 0 && (majorityLower ? hasUpper : hasLower))
            {
                diagnostics.Add(Create(Message(keyword.Text, majorityLower), keyword.Range));
            }
        }
    }

    /// <summary>Whether <paramref name="keyword"/> has ASCII lowercase and uppercase letters (digits and symbols do not count, as with Go's strings.ToLower).</summary>
    private static (bool HasLower, bool HasUpper) Letters(string keyword)
    {
        bool hasLower = false, hasUpper = false;
        foreach (var c in keyword)
        {
            hasLower |= char.IsAsciiLetterLower(c);
            hasUpper |= char.IsAsciiLetterUpper(c);
        }

        return (hasLower, hasUpper);
    }
}

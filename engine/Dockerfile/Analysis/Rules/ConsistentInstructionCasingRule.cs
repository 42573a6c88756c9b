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

    public override DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    internal static string Message(string keyword, bool lowercase) =>
        $"Command '{keyword}' should match the case of the command majority ({(lowercase ? "lowercase" : "uppercase")})";

    public override void Analyze(DockerfileSyntax syntax, ICollection<DockerfileDiagnostic> diagnostics)
    {
        int lower = 0, upper = 0;
        var first = 0;
        while (first < syntax.Instructions.Count && syntax.Instructions[first].Kind != InstructionKind.From)
        {
            first++;
        }

        var staged = syntax.Instructions.Skip(first).ToArray();
        foreach (var instruction in staged)
        {
            var keyword = instruction.Keyword.Text;
            if (IsAll(keyword, char.IsAsciiLetterLower))
            {
                lower++;
            }
            else if (IsAll(keyword, char.IsAsciiLetterUpper))
            {
                upper++;
            }
        }

        var majorityLower = lower > upper;
        foreach (var instruction in staged)
        {
            var keyword = instruction.Keyword.Text;
            if (keyword.Length > 0 && !IsAll(keyword, majorityLower ? char.IsAsciiLetterLower : char.IsAsciiLetterUpper))
            {
                diagnostics.Add(Create(Message(keyword, majorityLower), instruction.Keyword.Range));
            }
        }
    }

    /// <summary>True when no letter of <paramref name="keyword"/> is of the other case (digits and symbols do not count, as with Go's strings.ToLower).</summary>
    private static bool IsAll(string keyword, Func<char, bool> isCase)
    {
        foreach (var c in keyword)
        {
            if (char.IsAsciiLetter(c) && !isCase(c))
            {
                return false;
            }
        }

        return true;
    }
}

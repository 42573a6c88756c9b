using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>
/// Suppression comments other linters' users already write, so a file linted by them is quiet here too:
/// <list type="bullet">
/// <item><c># dockerfile-utils: ignore</c> on the line right above an instruction drops every diagnostic of that
/// instruction (dockerfile-utils' dockerValidator.js: comment content equal to that text, instruction on the next line).</item>
/// <item><c># hadolint ignore=DL3008,DL3015</c> in the comment lines right above an instruction drops those rules
/// there; hadolint codes map to our rules of the same meaning, and our own rule ids are accepted too.</item>
/// <item><c># hadolint global ignore=…</c> anywhere drops those rules in the whole file.</item>
/// </list>
/// </summary>
internal sealed class DockerfileSuppressions
{
    private const string DockerfileUtilsIgnore = "dockerfile-utils: ignore";

    private readonly Instruction[] _instructions;
    private readonly HashSet<Instruction> _ignoreAll = [];
    private readonly Dictionary<Instruction, HashSet<string>> _ignoreRules = [];
    private readonly HashSet<string> _ignoreGlobal = new(StringComparer.Ordinal);

    private static readonly DockerfileSuppressions s_none = new();

    private DockerfileSuppressions()
    {
        _instructions = [];
    }

    private DockerfileSuppressions(DockerfileSyntax syntax)
    {
        _instructions = [.. syntax.Instructions];
        var byStartLine = new Dictionary<int, Instruction>();
        foreach (var instruction in _instructions)
        {
            byStartLine.TryAdd(instruction.Range.Start.Line, instruction);
        }

        var comments = syntax.Comments;
        for (var i = 0; i < comments.Count; i++)
        {
            var comment = comments[i];
            var text = comment.Text.Trim();
            var line = comment.Range.Start.Line;
            if (text == DockerfileUtilsIgnore)
            {
                if (byStartLine.TryGetValue(line + 1, out var next))
                {
                    _ignoreAll.Add(next);
                }

                continue;
            }

            if (!text.StartsWith("hadolint", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = text["hadolint".Length..].TrimStart();
            var global = rest.StartsWith("global", StringComparison.Ordinal);
            if (global)
            {
                rest = rest["global".Length..].TrimStart();
            }

            if (!rest.StartsWith("ignore=", StringComparison.Ordinal))
            {
                continue;
            }

            // hadolint allows a trailing explanation after the list: "# hadolint ignore=DL3008 pinned elsewhere".
            var list = rest["ignore=".Length..].Split(' ', '\t')[0];
            var codes = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (global)
            {
                _ignoreGlobal.UnionWith(codes);
                continue;
            }

            // The pragma may be any line of the comment block right above the instruction.
            var target = line + 1;
            for (var j = i + 1; j < comments.Count && comments[j].Range.Start.Line == target; j++)
            {
                target++;
            }

            if (byStartLine.TryGetValue(target, out var instruction))
            {
                if (!_ignoreRules.TryGetValue(instruction, out var set))
                {
                    _ignoreRules[instruction] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(codes);
            }
        }
    }

    public bool IsEmpty => _ignoreAll.Count == 0 && _ignoreRules.Count == 0 && _ignoreGlobal.Count == 0;

    /// <summary>The suppressions of <paramref name="syntax"/>; without a pragma comment, none, read without indexing the instructions (this runs on every analysis that finds something, issue #10).</summary>
    public static DockerfileSuppressions Read(DockerfileSyntax syntax)
    {
        foreach (var comment in syntax.Comments)
        {
            if (comment.Text.Contains("hadolint", StringComparison.Ordinal) || comment.Text.Contains(DockerfileUtilsIgnore, StringComparison.Ordinal))
            {
                return new(syntax);
            }
        }

        return s_none;
    }

    public bool IsSuppressed(DockerfileDiagnostic diagnostic)
    {
        if (Matches(_ignoreGlobal, diagnostic.RuleId))
        {
            return true;
        }

        var instruction = InstructionAt(diagnostic.Range.Start);
        return instruction is not null
            && (_ignoreAll.Contains(instruction) || (_ignoreRules.TryGetValue(instruction, out var rules) && Matches(rules, diagnostic.RuleId)));
    }

    private static bool Matches(HashSet<string> codes, string ruleId) =>
        codes.Count > 0 && (codes.Contains(ruleId)
            || (BuildChecks.HadolintCodes.TryGetValue(ruleId, out var hadolint) && hadolint.Any(codes.Contains)));

    private Instruction? InstructionAt(TextPosition position)
    {
        int low = 0, high = _instructions.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var range = _instructions[mid].Range;
            if (position < range.Start)
            {
                high = mid - 1;
            }
            else if (position > range.End)
            {
                low = mid + 1;
            }
            else
            {
                return _instructions[mid];
            }
        }

        return null;
    }
}

using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>
/// Completion by context: parser directives at the top, keywords at the start of an instruction (ONBUILD triggers
/// without FROM/MAINTAINER/ONBUILD), each instruction's flags and their values (stages after <c>--from=</c>, mount
/// types and options, network and security modes, booleans), HEALTHCHECK's CMD/NONE, and <c>$VAR</c>/<c>${VAR}</c>
/// for the variables in scope. The client filters by what is typed; every proposal replaces the word being typed.
/// </summary>
public static class DockerfileCompletion
{
    private static readonly (string Keyword, InstructionKind Kind)[] s_keywords =
    [
        ("FROM", InstructionKind.From), ("ARG", InstructionKind.Arg), ("RUN", InstructionKind.Run), ("COPY", InstructionKind.Copy),
        ("ADD", InstructionKind.Add), ("ENV", InstructionKind.Env), ("WORKDIR", InstructionKind.Workdir), ("USER", InstructionKind.User),
        ("EXPOSE", InstructionKind.Expose), ("LABEL", InstructionKind.Label), ("CMD", InstructionKind.Cmd), ("ENTRYPOINT", InstructionKind.Entrypoint),
        ("VOLUME", InstructionKind.Volume), ("HEALTHCHECK", InstructionKind.Healthcheck), ("SHELL", InstructionKind.Shell),
        ("STOPSIGNAL", InstructionKind.Stopsignal), ("ONBUILD", InstructionKind.Onbuild), ("MAINTAINER", InstructionKind.Maintainer),
    ];

    private static readonly Dictionary<string, string[]> s_snippets = new(StringComparer.Ordinal)
    {
        ["FROM"] = ["FROM ${1:image}", "FROM ${1:image} AS ${2:name}"],
        ["ARG"] = ["ARG ${1:name}", "ARG ${1:name}=${2:value}"],
        ["RUN"] = ["RUN ${1:command}"],
        ["COPY"] = ["COPY ${1:source} ${2:destination}"],
        ["ADD"] = ["ADD ${1:source} ${2:destination}"],
        ["ENV"] = ["ENV ${1:key}=${2:value}"],
        ["WORKDIR"] = ["WORKDIR ${1:/path}"],
        ["USER"] = ["USER ${1:user}"],
        ["EXPOSE"] = ["EXPOSE ${1:port}"],
        ["LABEL"] = ["LABEL ${1:key}=\"${2:value}\""],
        ["CMD"] = ["CMD [\"${1:executable}\"]"],
        ["ENTRYPOINT"] = ["ENTRYPOINT [\"${1:executable}\"]"],
        ["VOLUME"] = ["VOLUME [\"${1:/data}\"]"],
        ["HEALTHCHECK"] = ["HEALTHCHECK CMD ${1:command}", "HEALTHCHECK NONE"],
        ["SHELL"] = ["SHELL [\"${1:executable}\", \"${2:parameters}\"]"],
        ["STOPSIGNAL"] = ["STOPSIGNAL ${1:SIGTERM}"],
        ["ONBUILD"] = ["ONBUILD ${1:INSTRUCTION}"],
        ["MAINTAINER"] = ["MAINTAINER ${1:name}"],
    };

    private static readonly string[] s_booleanFlags = ["link", "parents", "keep-git-dir", "unpack"];

    private static readonly Dictionary<string, string[]> s_mountOptions = new(StringComparer.Ordinal)
    {
        ["bind"] = ["target=", "source=", "from=", "rw"],
        ["cache"] = ["target=", "id=", "sharing=", "from=", "source=", "mode=", "uid=", "gid=", "ro"],
        ["tmpfs"] = ["target=", "size="],
        ["secret"] = ["id=", "target=", "env=", "required", "mode=", "uid=", "gid="],
        ["ssh"] = ["id=", "target=", "required", "mode=", "uid=", "gid="],
    };

    /// <summary>The proposals at <paramref name="position"/>; <paramref name="snippets"/> when the client takes snippets.</summary>
    public static IReadOnlyList<CompletionCandidate> Get(DockerfileSnapshot snapshot, TextPosition position, bool snippets)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var syntax = snapshot.Syntax;
        if (position.Line >= syntax.LineCount)
        {
            return [];
        }

        var lineStart = syntax.Lines.LineStart(position.Line);
        var cursor = Math.Min(lineStart + position.Character, syntax.Lines.ContentEnd(position.Line));
        var wordStart = cursor;
        while (wordStart > lineStart && !char.IsWhiteSpace(syntax.Text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = syntax.Text[wordStart..cursor];
        var before = syntax.Text[lineStart..wordStart];
        var replace = new TextRange(syntax.GetPosition(wordStart), syntax.GetPosition(cursor));
        var instruction = DockerfileHover.FindInstruction(syntax, position) ?? ContinuedInstruction(syntax, position);

        if (instruction is null || instruction.Keyword.Range.Contains(position))
        {
            if (word.StartsWith('#') || before.TrimStart().StartsWith('#'))
            {
                return IsDirectiveArea(syntax, position.Line) ? Directives(word, replace) : [];
            }

            return string.IsNullOrWhiteSpace(before) ? Keywords(replace, snippets, trigger: false) : [];
        }

        if (syntax.Comments.Any(c => c.Range.Start.Line == position.Line) || instruction.Comments.Any(c => c.Range.Start.Line == position.Line))
        {
            return [];
        }

        var dollar = word.LastIndexOf('$');
        if (dollar >= 0)
        {
            return Variables(snapshot, position, word[dollar..], new TextRange(syntax.GetPosition(wordStart + dollar), replace.End));
        }

        var target = instruction;
        if (instruction is OnbuildInstruction onbuild)
        {
            if (onbuild.Trigger is null || onbuild.Trigger.Keyword.Range.Contains(position) || onbuild.Trigger.Keyword.Range.Start > position)
            {
                return Keywords(replace, snippets, trigger: true);
            }

            target = onbuild.Trigger;
        }

        var inFlagArea = target.Arguments.Count == 0 || target.Arguments[0].Range.Start >= replace.Start;
        if (word.StartsWith("--", StringComparison.Ordinal) && inFlagArea)
        {
            var equals = word.IndexOf('=', StringComparison.Ordinal);
            return equals < 0
                ? [.. Flags(target.Kind, replace)]
                : FlagValues(snapshot, target, position, word[2..equals], word[(equals + 1)..], syntax.GetPosition(wordStart + equals + 1), replace.End);
        }

        if (!inFlagArea || word.Length > 0 && !"--".StartsWith(word, StringComparison.Ordinal) && target.Kind != InstructionKind.Healthcheck)
        {
            return [];
        }

        var result = new List<CompletionCandidate>(Flags(target.Kind, replace));
        if (target.Kind == InstructionKind.Healthcheck)
        {
            result.Add(new CompletionCandidate("CMD", CompletionCandidateKind.Keyword, snippets ? "CMD ${1:command}" : "CMD ", snippets, replace, "run a command to check health", null, false));
            result.Add(new CompletionCandidate("NONE", CompletionCandidateKind.Keyword, "NONE", false, replace, "disable the inherited health check", null, false));
        }

        return result;
    }

    // A continuation line being typed after an instruction that ended with the escape character.
    private static Instruction? ContinuedInstruction(DockerfileSyntax syntax, TextPosition position)
    {
        var previous = syntax.Instructions.LastOrDefault(i => i.Range.End.Line < position.Line);
        if (previous is null || previous.Range.End.Line != position.Line - 1)
        {
            return null;
        }

        var end = syntax.Lines.ContentEnd(previous.Range.End.Line);
        var last = end - 1;
        while (last >= 0 && syntax.Text[last] is ' ' or '\t')
        {
            last--;
        }

        return last >= 0 && syntax.Text[last] == syntax.EscapeCharacter ? previous : null;
    }

    private static bool IsDirectiveArea(DockerfileSyntax syntax, int line) =>
        (syntax.Instructions.Count == 0 || syntax.Instructions[0].Range.Start.Line > line)
        && !syntax.Comments.Any(c => c.Range.Start.Line < line && !syntax.Directives.Any(d => d.Range.Start.Line == c.Range.Start.Line));

    private static List<CompletionCandidate> Directives(string word, TextRange replace)
    {
        var prefix = word.StartsWith('#') ? "#" : string.Empty;
        return [.. InstructionDocs.Directives.Select(name => new CompletionCandidate(
            name, CompletionCandidateKind.Directive, $"{prefix}{(prefix.Length > 0 ? " " : string.Empty)}{name}=", false, replace, "parser directive", $"directive:{name}", false))];
    }

    private static List<CompletionCandidate> Keywords(TextRange replace, bool snippets, bool trigger)
    {
        var result = new List<CompletionCandidate>();
        foreach (var (keyword, kind) in s_keywords)
        {
            if (trigger && kind is InstructionKind.From or InstructionKind.Maintainer or InstructionKind.Onbuild)
            {
                continue;
            }

            var deprecated = kind == InstructionKind.Maintainer;
            var detail = InstructionDocs.Syntax(kind);
            if (snippets && s_snippets.TryGetValue(keyword, out var forms))
            {
                foreach (var form in forms)
                {
                    // The first form is the keyword itself; the others say what they add.
                    var label = form == forms[0] ? keyword : form.Replace("${1:", string.Empty, StringComparison.Ordinal).Replace("${2:", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal);
                    result.Add(new CompletionCandidate(label, CompletionCandidateKind.Keyword, form, true, replace, detail, $"instruction:{kind}", deprecated));
                }
            }
            else
            {
                result.Add(new CompletionCandidate(keyword, CompletionCandidateKind.Keyword, keyword + " ", false, replace, detail, $"instruction:{kind}", deprecated));
            }
        }

        return result;
    }

    private static IEnumerable<CompletionCandidate> Flags(InstructionKind kind, TextRange replace) =>
        InstructionDocs.Flags(kind).Select(flag => new CompletionCandidate(
            "--" + flag, CompletionCandidateKind.Flag, s_booleanFlags.Contains(flag) ? "--" + flag : $"--{flag}=", false, replace, null, $"flag:{kind}:{flag}", false));

    private static List<CompletionCandidate> FlagValues(DockerfileSnapshot snapshot, Instruction instruction, TextPosition position, string flag, string value, TextPosition valueStart, TextPosition end)
    {
        string[] values;
        var start = valueStart;
        switch (instruction.Kind, flag)
        {
            case (InstructionKind.Copy, "from"):
                return Stages(snapshot, position, new TextRange(start, end));
            case (InstructionKind.Run, "network"):
                values = ["default", "none", "host"];
                break;
            case (InstructionKind.Run, "security"):
                values = ["sandbox", "insecure"];
                break;
            case (InstructionKind.From, "platform"):
                values = ["$BUILDPLATFORM", "$TARGETPLATFORM", "linux/amd64", "linux/arm64", "linux/arm/v7", "linux/386", "linux/ppc64le", "linux/s390x", "windows/amd64"];
                break;
            case (InstructionKind.Run, "mount"):
                var comma = value.LastIndexOf(',');
                var option = value[(comma + 1)..];
                start = start with { Character = start.Character + comma + 1 };
                var equals = option.IndexOf('=', StringComparison.Ordinal);
                if (equals >= 0)
                {
                    var key = option[..equals];
                    var optionRange = new TextRange(start with { Character = start.Character + equals + 1 }, end);
                    return key switch
                    {
                        "type" => Values(["bind", "cache", "tmpfs", "secret", "ssh"], optionRange),
                        "sharing" => Values(["shared", "private", "locked"], optionRange),
                        "from" => Stages(snapshot, position, optionRange),
                        _ => [],
                    };
                }

                var type = value.Split(',').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == "type")?[1] ?? "bind";
                values = comma < 0 && !value.Contains("type=", StringComparison.Ordinal)
                    ? ["type=", .. s_mountOptions.GetValueOrDefault(type, [])]
                    : s_mountOptions.GetValueOrDefault(type, []);
                break;
            default:
                values = s_booleanFlags.Contains(flag) ? ["true", "false"] : [];
                break;
        }

        return Values(values, new TextRange(start, end));
    }

    private static List<CompletionCandidate> Values(string[] values, TextRange replace) =>
        [.. values.Select(v => new CompletionCandidate(v, CompletionCandidateKind.Value, v, false, replace, null, null, false))];

    private static List<CompletionCandidate> Stages(DockerfileSnapshot snapshot, TextPosition position, TextRange replace)
    {
        var current = snapshot.Semantics.GetStageAt(position.Line);
        return [.. snapshot.Semantics.Stages
            .Where(s => s != current && s.Name is not null)
            .Select(s => new CompletionCandidate(s.Name!.Text, CompletionCandidateKind.Stage, s.Name.Text, false, replace, $"stage {s.Index}: FROM {s.BaseImage?.Text}", null, false))];
    }

    private static List<CompletionCandidate> Variables(DockerfileSnapshot snapshot, TextPosition position, string typed, TextRange replace)
    {
        var braces = typed.StartsWith("${", StringComparison.Ordinal);
        return [.. snapshot.Semantics.GetVariablesInScope(position).Select(binding => new CompletionCandidate(
            binding.Name,
            CompletionCandidateKind.Variable,
            braces ? $"${{{binding.Name}}}" : $"${binding.Name}",
            false,
            replace,
            binding.IsValueKnown ? binding.Value : null,
            null,
            false))];
    }
}

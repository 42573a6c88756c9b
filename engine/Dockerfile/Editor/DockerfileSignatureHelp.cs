using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>
/// Signature help: the forms of the instruction being written, its flags and positional parameters, and which one
/// the cursor is in (a flag by name; an argument by its place, e.g. COPY's last word is <c>&lt;dest&gt;</c>, the part
/// after <c>=</c> in ENV is <c>&lt;value&gt;</c>). As dockerfile-language-service's dockerSignatures.js, for every
/// instruction and with BuildKit's flag set.
/// </summary>
public static class DockerfileSignatureHelp
{
    private static readonly Dictionary<InstructionKind, string[][]> s_forms = new()
    {
        [InstructionKind.From] = [["<image>", "AS", "<name>"]],
        [InstructionKind.Add] = [["<src>...", "<dest>"]],
        [InstructionKind.Copy] = [["<src>...", "<dest>"]],
        [InstructionKind.Run] = [["[\"executable\",", "\"param\"...]"], ["<command>"]],
        [InstructionKind.Cmd] = [["[\"executable\",", "\"param\"...]"], ["<command>"]],
        [InstructionKind.Entrypoint] = [["[\"executable\",", "\"param\"...]"], ["<command>"]],
        [InstructionKind.Shell] = [["[\"executable\",", "\"parameters\"...]"]],
        [InstructionKind.Env] = [["<key>=", "<value> ..."]],
        [InstructionKind.Label] = [["<key>=", "<value> ..."]],
        [InstructionKind.Arg] = [["<name>", "[=<default value>]"]],
        [InstructionKind.Expose] = [["<port>", "[/<protocol>] ..."]],
        [InstructionKind.User] = [["<user>", "[:<group>]"]],
        [InstructionKind.Stopsignal] = [["<signal>"]],
        [InstructionKind.Workdir] = [["<path>"]],
        [InstructionKind.Volume] = [["[\"<path>\", ...]"], ["<path> ..."]],
        [InstructionKind.Maintainer] = [["<name>"]],
        [InstructionKind.Healthcheck] = [["CMD", "<command>"], ["NONE"]],
        [InstructionKind.Onbuild] = [["<INSTRUCTION>"]],
    };

    private static readonly Dictionary<string, string> s_parameterDocs = new(StringComparer.Ordinal)
    {
        ["<image>"] = "The base image: `name[:tag][@digest]`, an earlier stage's name, or `scratch`.",
        ["AS"] = "Names the stage (for `COPY --from`, `RUN --mount=from=` and `docker build --target`).",
        ["<name>"] = "The stage name: lowercase letters, digits, `-`, `_` and `.`.",
        ["<src>..."] = "One or more sources: paths in the build context (wildcards allowed), or for ADD URLs and Git repositories.",
        ["<dest>"] = "The destination in the image; with several sources it must end with `/`.",
        ["<command>"] = "The command, run by the stage's SHELL (default `/bin/sh -c`).",
        ["[\"executable\","] = "The program to run (exec form: no shell, so no variable expansion).",
        ["<key>="] = "The variable or label name.",
        ["<value> ..."] = "Its value; quote it when it holds spaces.",
        ["[=<default value>]"] = "The value when `--build-arg` does not set it.",
        ["<port>"] = "A port or range (`8080`, `8000-8010`).",
        ["[/<protocol>] ..."] = "`tcp` (default), `udp` or `sctp`.",
        ["<signal>"] = "A signal name (`SIGTERM`) or number.",
        ["<INSTRUCTION>"] = "The instruction to run when this image is the base of another build (not FROM, MAINTAINER or ONBUILD).",
    };

    /// <summary>The signature help at <paramref name="position"/>; null outside an instruction's arguments.</summary>
    public static EditorSignatureHelp? Get(DockerfileSnapshot snapshot, TextPosition position)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var instruction = DockerfileHover.FindInstruction(snapshot.Syntax, position);
        if (instruction is null || position <= instruction.Keyword.Range.End)
        {
            return null;
        }

        if (instruction is OnbuildInstruction { Trigger: { } trigger } && position > trigger.Keyword.Range.End)
        {
            instruction = trigger;
        }

        if (!s_forms.TryGetValue(instruction.Kind, out var forms))
        {
            return null;
        }

        var keyword = instruction.Keyword.Text.ToUpperInvariant();
        var flags = InstructionDocs.Flags(instruction.Kind).ToList();
        var flagParameters = flags.Select(f => new EditorParameter($"[{FlagSyntax(instruction.Kind, f)}]", InstructionDocs.Flag(instruction.Kind, f))).ToList();
        var signatures = forms.Select(form => new EditorSignature(
            string.Join(' ', [keyword, .. flagParameters.Select(p => p.Label), .. form]),
            InstructionDocs.Lookup($"instruction:{instruction.Kind}"),
            [.. flagParameters, .. form.Select(p => new EditorParameter(p, s_parameterDocs.GetValueOrDefault(p)))])).ToList();

        var active = ActiveSignature(instruction);
        return new EditorSignatureHelp(signatures, active, ActiveParameter(snapshot.Syntax, instruction, position, flags, active));
    }

    // "--chown=<user>:<group>" from the flag's documentation, which starts with its syntax in backticks.
    private static string FlagSyntax(InstructionKind kind, string flag) =>
        InstructionDocs.Flag(kind, flag) is { } doc && doc.StartsWith('`') && doc.IndexOf('`', 1) is > 1 and var end ? doc[1..end] : "--" + flag;

    private static int ActiveSignature(Instruction instruction) => instruction.Kind switch
    {
        InstructionKind.Run or InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Volume => instruction.Form == InstructionForm.Json || instruction.ArgumentsText.StartsWith('[') ? 0 : 1,
        InstructionKind.Healthcheck => instruction.Arguments.Count > 0 && string.Equals(instruction.Arguments[0].Text, "NONE", StringComparison.OrdinalIgnoreCase) ? 1 : 0,
        _ => 0,
    };

    private static int? ActiveParameter(DockerfileSyntax syntax, Instruction instruction, TextPosition position, List<string> flags, int signature)
    {
        foreach (var flag in instruction.Flags)
        {
            if (flag.Range.Contains(position))
            {
                var index = flags.IndexOf(flag.Name.Text);
                if (index < 0 && flag.Value is null && flag.Name.Text.Length > 0)
                {
                    // Still being typed ("--net|"): the first flag it can become.
                    index = flags.FindIndex(f => f.StartsWith(flag.Name.Text, StringComparison.Ordinal));
                }

                return index < 0 ? null : index;
            }
        }

        // The word being typed: a flag before any argument ("--pl|").
        var lineStart = syntax.Lines.LineStart(position.Line);
        var cursor = Math.Min(lineStart + position.Character, syntax.Text.Length);
        var wordStart = cursor;
        while (wordStart > lineStart && !char.IsWhiteSpace(syntax.Text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = syntax.Text[wordStart..cursor];
        var argumentsBefore = instruction.Arguments.Count(a => a.Range.End < position && a.Range.Start < syntax.GetPosition(wordStart));
        if (word.StartsWith('-') && (instruction.Arguments.Count == 0 || instruction.Arguments[0].Range.Start >= syntax.GetPosition(wordStart)))
        {
            var name = word.TrimStart('-').Split('=')[0];
            var index = flags.FindIndex(f => f.StartsWith(name, StringComparison.Ordinal));
            return index < 0 ? null : index;
        }

        var current = instruction.Arguments.Select((a, i) => (a, i)).FirstOrDefault(x => x.a.Range.Contains(position));
        var argumentIndex = current.a is null ? argumentsBefore : current.i;
        var inArgument = current.a is null ? string.Empty : Before(syntax, current.a, position);
        return flags.Count + Positional(instruction, signature, argumentIndex, inArgument);
    }

    // The text of argument from its start to the cursor (single-line arguments; else all of it).
    private static string Before(DockerfileSyntax syntax, SyntaxToken argument, TextPosition position) =>
        argument.Range.Start.Line == position.Line ? argument.Text[..Math.Min(argument.Text.Length, position.Character - argument.Range.Start.Character)] : argument.Text;

    private static int Positional(Instruction instruction, int signature, int argument, string typed) => instruction.Kind switch
    {
        InstructionKind.From => Math.Min(argument, 2),
        InstructionKind.Add or InstructionKind.Copy => argument > 0 && argument >= instruction.Arguments.Count - 1 ? 1 : 0,
        InstructionKind.Run or InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Shell => signature == 0 && argument > 0 ? 1 : 0,
        InstructionKind.Env or InstructionKind.Label => typed.Contains('=', StringComparison.Ordinal) || (argument > 0 && !instruction.Arguments[0].Text.Contains('=', StringComparison.Ordinal)) ? 1 : 0,
        InstructionKind.Arg => typed.Contains('=', StringComparison.Ordinal) ? 1 : 0,
        InstructionKind.Expose => typed.Contains('/', StringComparison.Ordinal) ? 1 : 0,
        InstructionKind.User => typed.Contains(':', StringComparison.Ordinal) ? 1 : 0,
        InstructionKind.Healthcheck => signature == 0 && argument > 0 ? 1 : 0,
        _ => 0,
    };
}

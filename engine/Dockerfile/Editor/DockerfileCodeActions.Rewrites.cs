using System.Text;
using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>The rewrites behind the fixes, and the refactorings offered where the cursor is.</summary>
public static partial class DockerfileCodeActions
{
    // What a shell would treat specially: a command holding none of these means the same split into JSON words.
    private static readonly char[] s_shellSyntax = ['$', '|', '&', ';', '<', '>', '(', ')', '*', '?', '[', ']', '~', '{', '}', '\\', '`', '\'', '"', '#', '!', '='];

    private static void AddRefactorings(DockerfileSnapshot snapshot, TextRange range, IReadOnlyList<DockerfileDiagnostic> diagnostics, List<EditorCodeAction> actions)
    {
        var syntax = snapshot.Syntax;
        var instruction = DockerfileHover.FindInstruction(syntax, range.Start);
        if (instruction is null)
        {
            return;
        }

        var fixedHere = new HashSet<string>(diagnostics.Where(d => instruction.Range.Contains(d.Range.Start)).Select(d => d.RuleId), StringComparer.Ordinal);
        foreach (var target in instruction is OnbuildInstruction { Trigger: { } trigger } ? new[] { instruction, trigger } : [instruction])
        {
            var keyword = target.Keyword.Text;
            if (target.Kind != InstructionKind.Unknown && keyword != keyword.ToUpperInvariant() && !fixedHere.Contains("ConsistentInstructionCasing"))
            {
                actions.Add(Refactor($"Convert '{keyword}' to uppercase", new EditorTextEdit(target.Keyword.Range, keyword.ToUpperInvariant())));
            }
        }

        var lowercase = syntax.Instructions
            .SelectMany(i => i is OnbuildInstruction { Trigger: { } t } ? new[] { i, t } : [i])
            .Where(i => i.Kind != InstructionKind.Unknown && i.Keyword.Text != i.Keyword.Text.ToUpperInvariant())
            .ToList();
        if (lowercase.Count > 1)
        {
            actions.Add(Refactor("Convert every instruction to uppercase", [.. lowercase.Select(i => new EditorTextEdit(i.Keyword.Range, i.Keyword.Text.ToUpperInvariant()))]));
        }

        var command = instruction is OnbuildInstruction { Trigger: { } onbuildTrigger } ? onbuildTrigger : instruction;
        if (!fixedHere.Contains("JSONArgsRecommended") && ToJsonForm(snapshot, command) is { } json)
        {
            actions.Add(Refactor(json.Title, new EditorTextEdit(command.ArgumentsRange, json.Text)));
        }
    }

    private static EditorCodeAction Refactor(string title, params EditorTextEdit[] edits) =>
        new(title, EditorCodeActionKind.RefactorRewrite, edits, null, false);

    /// <summary>
    /// The JSON (exec) form of a shell-form RUN, CMD or ENTRYPOINT. A command without shell syntax splits into its
    /// words (<paramref name="instruction"/> then means exactly the same, minus the shell: signals reach the process);
    /// one with shell syntax keeps it by running the stage's shell (SHELL, else <c>/bin/sh -c</c>) explicitly.
    /// Null for other instructions, the JSON form, here-documents and empty commands.
    /// </summary>
    private static (string Title, string Text, bool Exact)? ToJsonForm(DockerfileSnapshot snapshot, Instruction instruction)
    {
        if (instruction.Kind is not (InstructionKind.Run or InstructionKind.Cmd or InstructionKind.Entrypoint)
            || instruction.Form != InstructionForm.Shell
            || instruction.Heredocs.Count > 0
            || string.IsNullOrWhiteSpace(instruction.ArgumentsText))
        {
            return null;
        }

        var text = instruction.ArgumentsText;
        if (text.IndexOfAny(s_shellSyntax) < 0)
        {
            var words = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            return ("Convert to JSON (exec) form", JsonArray(words), true);
        }

        var stage = snapshot.Semantics.GetStageAt(instruction.Range.Start.Line);
        var shell = stage?.Instructions.LastOrDefault(i => i.Kind == InstructionKind.Shell && i.Form == InstructionForm.Json && i.Range.Start < instruction.Range.Start) is { Arguments.Count: > 0 } shellInstruction
            ? shellInstruction.Arguments.Select(a => a.Text).ToArray()
            : ["/bin/sh", "-c"];
        return ($"Convert to JSON form (keeps the shell: {string.Join(' ', shell)})", JsonArray([.. shell, text]), false);
    }

    private static string JsonArray(IEnumerable<string> words)
    {
        var builder = new StringBuilder("[");
        foreach (var word in words)
        {
            if (builder.Length > 1)
            {
                builder.Append(", ");
            }

            builder.Append('"');
            foreach (var c in word)
            {
                builder.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\t' => "\\t",
                    _ => c.ToString(),
                });
            }

            builder.Append('"');
        }

        return builder.Append(']').ToString();
    }

    /// <summary><c>key value words</c> as <c>key="value words"</c>; null when it spans lines or quoting would change it.</summary>
    private static string? ToKeyValue(Instruction instruction)
    {
        if (instruction.Arguments.Count < 2 || instruction.ArgumentsRange.Start.Line != instruction.ArgumentsRange.End.Line)
        {
            return null;
        }

        var key = instruction.Arguments[0].Text;
        var value = instruction.ArgumentsText[key.Length..].TrimStart();
        if (instruction.Arguments.Count == 2)
        {
            return $"{key}={value}";
        }

        return value.IndexOfAny(['"', '\'', '\\']) < 0 ? $"{key}=\"{value}\"" : null;
    }

    /// <summary>A double-quoted word that the builder reads back as <paramref name="text"/> (no variable expansion).</summary>
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal) + "\"";
}

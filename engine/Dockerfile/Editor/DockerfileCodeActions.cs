using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>
/// Code actions: quick fixes for the analyzer's diagnostics (misspelt instructions, flags, variables and build-check
/// names; casing; MAINTAINER to LABEL; empty continuation lines; the escape directive; legacy <c>ENV key value</c>; …)
/// and refactorings at the cursor (keyword to uppercase, shell form to JSON form). A superset of what
/// dockerfile-language-service's dockerCommands.js offers, keyed by our rule ids instead of its codes.
/// </summary>
public static partial class DockerfileCodeActions
{
    /// <summary>
    /// The fixes for <paramref name="diagnostics"/> (those the editor shows in <paramref name="range"/>; matched to the
    /// snapshot by rule id and range, so diagnostics from an older version simply find nothing to fix), then the
    /// refactorings available in <paramref name="range"/>.
    /// </summary>
    public static IReadOnlyList<EditorCodeAction> Get(DockerfileSnapshot snapshot, TextRange range, IReadOnlyList<DockerfileDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var actions = new List<EditorCodeAction>();
        foreach (var diagnostic in diagnostics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fixes = new List<EditorCodeAction>();
            AddFixes(snapshot, diagnostic, fixes);
            if (BuildChecks.Names.Contains(diagnostic.RuleId) || DockerfileAnalyzer.Rules.Any(r => r.Id == diagnostic.RuleId))
            {
                AddSuppression(snapshot.Syntax, diagnostic, fixes);
            }

            actions.AddRange(fixes);
        }

        AddRefactorings(snapshot, range, diagnostics, actions);
        return actions;
    }

    private static void AddFixes(DockerfileSnapshot snapshot, DockerfileDiagnostic diagnostic, List<EditorCodeAction> fixes)
    {
        var syntax = snapshot.Syntax;
        var instruction = DockerfileHover.FindInstruction(syntax, diagnostic.Range.Start);
        var target = instruction is OnbuildInstruction { Trigger: { } trigger } && trigger.Range.Contains(diagnostic.Range.Start) ? trigger : instruction;
        switch (diagnostic.RuleId)
        {
            case "UnknownInstruction" when target is not null && Suggestion.Closest(target.Keyword.Text, Keywords) is { } keyword:
                fixes.Add(Fix($"Change to '{keyword}'", diagnostic, true, new EditorTextEdit(target.Keyword.Range, keyword)));
                break;
            case "UnknownFlag" when target is not null && target.Flags.FirstOrDefault(f => f.Range == diagnostic.Range) is { } flag:
                if (BuildKitFlags.TryGetFlags(target, out var known) && Suggestion.Closest(flag.Name.Text, known.Keys) is { } name)
                {
                    fixes.Add(Fix($"Change to '--{name}'", diagnostic, true, new EditorTextEdit(flag.Name.Range, name)));
                }

                fixes.Add(Fix($"Remove '--{flag.Name.Text}'", diagnostic, false, RemoveWord(syntax, flag.Range)));
                break;
            case "FlagDuplicate" when target is not null && target.Flags.FirstOrDefault(f => f.Range == diagnostic.Range) is { } duplicate:
                fixes.Add(Fix($"Remove this '--{duplicate.Name.Text}'", diagnostic, false, RemoveWord(syntax, duplicate.Range)));
                break;
            case "UndefinedVar" or "UndefinedArgInFrom" when snapshot.Semantics.GetVariableReferenceAt(diagnostic.Range.Start) is { } reference:
                var candidates = diagnostic.RuleId == "UndefinedVar"
                    ? snapshot.Semantics.GetVariablesInScope(reference.Range.Start).Select(b => b.Name)
                    : snapshot.Semantics.GlobalVariables.Select(v => v.Name).Concat(PredefinedArgs.Platform);
                if (Suggestion.Closest(reference.Name, candidates) is { } variable)
                {
                    fixes.Add(Fix($"Change to '{variable}'", diagnostic, true, new EditorTextEdit(reference.NameRange, variable)));
                }

                break;
            case "MaintainerDeprecated" when target is MaintainerInstruction maintainer && !maintainer.ArgumentsRange.IsEmpty:
                fixes.Add(Fix("Replace with LABEL org.opencontainers.image.authors", diagnostic, true, new EditorTextEdit(
                    new TextRange(maintainer.Keyword.Range.Start, maintainer.ArgumentsRange.End),
                    $"{Cased("LABEL", maintainer.Keyword.Text)} org.opencontainers.image.authors={Quote(maintainer.ArgumentsText)}")));
                break;
            case "NoEmptyContinuation":
                var line = diagnostic.Range.Start.Line;
                fixes.Add(Fix("Remove the empty continuation line", diagnostic, true, new EditorTextEdit(new TextRange(line, 0, line + 1, 0), string.Empty)));
                break;
            case "InvalidEscapeDirective" when syntax.Directives.FirstOrDefault(d => d.Value.Range == diagnostic.Range) is { } escape:
                fixes.Add(Fix("Change to '\\'", diagnostic, false, new EditorTextEdit(escape.Value.Range, "\\")));
                fixes.Add(Fix("Change to '`'", diagnostic, false, new EditorTextEdit(escape.Value.Range, "`")));
                break;
            case "InvalidCheckDirective" when syntax.Directives.FirstOrDefault(d => d.Value.Range == diagnostic.Range) is { } check:
                AddCheckNameFixes(check, diagnostic, fixes);
                break;
            case "InvalidAs" when target is FromInstruction { Arguments.Count: >= 2 } from:
                fixes.Add(Fix("Change to 'AS'", diagnostic, true, new EditorTextEdit(from.Arguments[1].Range, Cased("AS", from.Keyword.Text))));
                break;
            case "FromAsCasing" when target is FromInstruction { Arguments.Count: >= 2 } from:
                var cased = Cased("AS", from.Keyword.Text);
                fixes.Add(Fix($"Change to '{cased}'", diagnostic, true, new EditorTextEdit(from.Arguments[1].Range, cased)));
                break;
            case "StageNameCasing" when snapshot.Semantics.FindSymbol(diagnostic.Range.Start) is { Kind: SymbolKind.Stage } stage:
                var lower = stage.Name.ToLowerInvariant();
                fixes.Add(Fix($"Rename stage to '{lower}'", diagnostic, true,
                    [.. stage.Occurrences.Where(o => o.IsRenamable).OrderBy(o => o.Range.Start).Select(o => new EditorTextEdit(o.Range, lower))]));
                break;
            case "ExposeProtoCasing" when TextOf(syntax, diagnostic.Range) is { } port && port.LastIndexOf('/') is > 0 and var slash:
                fixes.Add(Fix($"Change to '{port[(slash + 1)..].ToLowerInvariant()}'", diagnostic, true,
                    new EditorTextEdit(diagnostic.Range, port[..slash] + port[slash..].ToLowerInvariant())));
                break;
            case "LegacyKeyValueFormat" when target is not null && ToKeyValue(target) is { } keyValue:
                fixes.Add(Fix($"Change to '{target.Keyword.Text.ToUpperInvariant()} key=value'", diagnostic, true, new EditorTextEdit(target.ArgumentsRange, keyValue)));
                break;
            case "HealthcheckNoneArguments":
                fixes.Add(Fix("Remove the arguments after NONE", diagnostic, true, RemoveWord(syntax, diagnostic.Range)));
                break;
            case "ConsistentInstructionCasing" when target is not null:
                var upper = MajorityIsUppercase(syntax);
                var keywordText = upper ? target.Keyword.Text.ToUpperInvariant() : target.Keyword.Text.ToLowerInvariant();
                fixes.Add(Fix($"Change to '{keywordText}'", diagnostic, true, new EditorTextEdit(target.Keyword.Range, keywordText)));
                break;
            case "JSONArgsRecommended" when target is not null && ToJsonForm(snapshot, target) is { } json:
                fixes.Add(Fix(json.Title, diagnostic, json.Exact, new EditorTextEdit(target.ArgumentsRange, json.Text)));
                break;
        }
    }

    private static readonly string[] Keywords =
    [
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER",
        "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    ];

    private static EditorCodeAction Fix(string title, DockerfileDiagnostic diagnostic, bool preferred, params EditorTextEdit[] edits) =>
        new(title, EditorCodeActionKind.QuickFix, edits, diagnostic, preferred);

    // "# check=skip=UndefindVar" → the build check names closest to each unknown one.
    private static void AddCheckNameFixes(ParserDirective check, DockerfileDiagnostic diagnostic, List<EditorCodeAction> fixes)
    {
        var start = diagnostic.Message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : diagnostic.Message.IndexOf('\'', start + 1);
        if (end < 0)
        {
            return;
        }

        var unknown = diagnostic.Message[(start + 1)..end];
        var value = check.Value.Text;
        var at = value.IndexOf(unknown, StringComparison.Ordinal);
        if (at < 0 || check.Value.Range.Start.Line != check.Value.Range.End.Line || Suggestion.Closest(unknown, BuildChecks.Names) is not { } name)
        {
            return;
        }

        var position = check.Value.Range.Start;
        var range = new TextRange(position.Line, position.Character + at, position.Line, position.Character + at + unknown.Length);
        fixes.Add(Fix($"Change to '{name}'", diagnostic, true, new EditorTextEdit(range, name)));
    }

    // Inserts "# hadolint ignore=<rule>" above the instruction: the suppression comment DockerfileSuppressions reads,
    // which hadolint honours too (our rule ids are accepted there as well as hadolint's codes).
    private static void AddSuppression(DockerfileSyntax syntax, DockerfileDiagnostic diagnostic, List<EditorCodeAction> fixes)
    {
        if (DockerfileHover.FindInstruction(syntax, diagnostic.Range.Start) is not { } instruction)
        {
            return;
        }

        var line = instruction.Range.Start.Line;
        var indent = instruction.Range.Start.Character;
        var lineStart = syntax.Lines.LineStart(line);
        var prefix = syntax.Text.Substring(lineStart, indent);
        var newLine = syntax.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        fixes.Add(new EditorCodeAction(
            $"Ignore {diagnostic.RuleId} for this instruction",
            EditorCodeActionKind.QuickFix,
            [new EditorTextEdit(new TextRange(line, 0, line, 0), $"{prefix}# hadolint ignore={diagnostic.RuleId}{newLine}")],
            diagnostic,
            false));
    }

    /// <summary><paramref name="word"/> in the case of <paramref name="like"/> (all lowercase when it is, else as given).</summary>
    private static string Cased(string word, string like) =>
        like.Length > 0 && like.All(c => !char.IsLetter(c) || char.IsLower(c)) ? word.ToLowerInvariant() : word;

    private static bool MajorityIsUppercase(DockerfileSyntax syntax)
    {
        int upper = 0, lower = 0;
        foreach (var instruction in syntax.Instructions)
        {
            var text = instruction.Keyword.Text;
            if (text == text.ToUpperInvariant())
            {
                upper++;
            }
            else if (text == text.ToLowerInvariant())
            {
                lower++;
            }
        }

        // BuildKit's ConsistentInstructionCasing: a tie goes to uppercase.
        return upper >= lower;
    }

    private static string? TextOf(DockerfileSyntax syntax, TextRange range)
    {
        if (range.Start.Line != range.End.Line)
        {
            return null;
        }

        var start = syntax.Lines.LineStart(range.Start.Line) + range.Start.Character;
        return syntax.Text.Substring(start, range.End.Character - range.Start.Character);
    }

    // A word and the blanks after it (or before it, at the end of its line), so no double space is left.
    private static EditorTextEdit RemoveWord(DockerfileSyntax syntax, TextRange range)
    {
        var text = syntax.Text;
        var start = syntax.Lines.LineStart(range.Start.Line) + range.Start.Character;
        var end = syntax.Lines.LineStart(range.End.Line) + range.End.Character;
        var after = end;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        if (after < text.Length && text[after] is not ('\r' or '\n'))
        {
            return new EditorTextEdit(new TextRange(range.Start, syntax.GetPosition(after)), string.Empty);
        }

        var before = start;
        while (before > 0 && text[before - 1] is ' ' or '\t')
        {
            before--;
        }

        return new EditorTextEdit(new TextRange(syntax.GetPosition(before), syntax.GetPosition(after)), string.Empty);
    }
}

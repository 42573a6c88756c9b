using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Editor;

/// <summary>
/// Semantic classification of a Dockerfile for highlighting. Tokens are split at line ends (continuations) and
/// never overlap: variables, keywords, flags and names win; strings and images are cut around them.
/// </summary>
public static class DockerfileSemanticTokens
{
    /// <summary>The tokens of <paramref name="snapshot"/> in text order; with <paramref name="range"/>, only those touching it.</summary>
    public static IReadOnlyList<SemanticToken> Get(DockerfileSnapshot snapshot, TextRange? range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var syntax = snapshot.Syntax;
        var semantics = snapshot.Semantics;
        var strong = new List<SemanticToken>();
        var weak = new List<SemanticToken>();

        foreach (var directive in syntax.Directives)
        {
            Add(syntax, strong, directive.Name.Range, SemanticTokenType.Macro);
            Add(syntax, strong, directive.Value.Range, SemanticTokenType.String);
        }

        foreach (var comment in syntax.Comments)
        {
            Add(syntax, strong, comment.Range, SemanticTokenType.Comment);
        }

        var stageNames = new HashSet<SyntaxToken>();
        foreach (var stage in semantics.Stages)
        {
            if (stage.Name is { } name)
            {
                stageNames.Add(name);
                Add(syntax, strong, name.Range, SemanticTokenType.Namespace, SemanticTokenModifiers.Declaration);
            }
        }

        foreach (var reference in semantics.StageReferences)
        {
            if (reference.Target is not null)
            {
                Add(syntax, strong, reference.Range, SemanticTokenType.Namespace);
            }
            else if (reference.Kind == StageReferenceKind.FromImage)
            {
                Add(syntax, weak, reference.Range, SemanticTokenType.Class);
            }
        }

        foreach (var instruction in syntax.Instructions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (range is { } r && (instruction.Range.End < r.Start || instruction.Range.Start > r.End))
            {
                continue;
            }

            ClassifyInstruction(syntax, instruction, strong, weak, stageNames);
        }

        foreach (var variable in semantics.GlobalVariables.Concat(semantics.Stages.SelectMany(s => s.Variables)))
        {
            foreach (var declaration in variable.Declarations)
            {
                Add(syntax, strong, declaration.NameRange, SemanticTokenType.Variable, SemanticTokenModifiers.Declaration);
            }
        }

        foreach (var reference in semantics.VariableReferences)
        {
            Add(syntax, strong, reference.Range, SemanticTokenType.Variable);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var tokens = Merge(strong, weak);
        if (range is { } limit)
        {
            tokens = [.. tokens.Where(t => t.Line >= limit.Start.Line && t.Line <= limit.End.Line)];
        }

        return tokens;
    }

    private static void ClassifyInstruction(DockerfileSyntax syntax, Instruction instruction, List<SemanticToken> strong, List<SemanticToken> weak, HashSet<SyntaxToken> stageNames)
    {
        Add(syntax, strong, instruction.Keyword.Range, SemanticTokenType.Keyword,
            instruction.Kind == InstructionKind.Maintainer ? SemanticTokenModifiers.Deprecated : SemanticTokenModifiers.None);
        foreach (var comment in instruction.Comments)
        {
            Add(syntax, strong, comment.Range, SemanticTokenType.Comment);
        }

        var target = instruction is OnbuildInstruction { Trigger: { } trigger } ? trigger : instruction;
        if (target != instruction)
        {
            Add(syntax, strong, target.Keyword.Range, SemanticTokenType.Keyword);
        }

        foreach (var flag in target.Flags)
        {
            Add(syntax, strong, new TextRange(flag.Range.Start, flag.Name.Range.End), SemanticTokenType.Parameter);
            if (flag.Value is { } value)
            {
                Add(syntax, weak, value.Range, SemanticTokenType.Property);
            }
        }

        if (target is FromInstruction from && target.Arguments.Count == 3 && from.StageName is not null)
        {
            Add(syntax, strong, target.Arguments[1].Range, SemanticTokenType.Keyword);
        }

        if (target.Kind == InstructionKind.Healthcheck && target.Arguments.Count > 0
            && target.Arguments[0].Text.ToUpperInvariant() is "CMD" or "NONE")
        {
            Add(syntax, strong, target.Arguments[0].Range, SemanticTokenType.Keyword);
        }

        foreach (var heredoc in target.Heredocs)
        {
            Add(syntax, strong, heredoc.Marker.Range, SemanticTokenType.Operator);
            if (heredoc.Terminator is { } terminator)
            {
                Add(syntax, strong, terminator.Range, SemanticTokenType.Operator);
            }
        }

        // The words are read without making their tokens (ArgumentWords): a large file's RUN words would otherwise all be
        // made here, for the few that are quoted. Only a FROM's words can be a stage name, and those are tokens already.
        var words = target.ArgumentWords;
        for (var i = 0; i < words.Count; i++)
        {
            var text = words.Words[i].Text;
            var isString = target.Form == InstructionForm.Json
                || (text.Length > 0 && text[0] is '"' or '\'' && !(target is FromInstruction && stageNames.Contains(target.Arguments[i])));
            if (isString)
            {
                Add(syntax, weak, syntax.Lines.GetRange(target.ArgumentSpan(i)), SemanticTokenType.String);
            }
        }
    }

    /// <summary>Adds <paramref name="range"/> split into one token per line (continuations span lines).</summary>
    private static void Add(DockerfileSyntax syntax, List<SemanticToken> tokens, TextRange range, SemanticTokenType type, SemanticTokenModifiers modifiers = SemanticTokenModifiers.None)
    {
        for (var line = range.Start.Line; line <= range.End.Line && line < syntax.LineCount; line++)
        {
            var start = line == range.Start.Line ? range.Start.Character : 0;
            var lineLength = syntax.Lines.ContentEnd(line) - syntax.Lines.LineStart(line);
            var end = line == range.End.Line ? Math.Min(range.End.Character, lineLength) : lineLength;
            if (end > start)
            {
                tokens.Add(new SemanticToken(line, start, end - start, type, modifiers));
            }
        }
    }

    private static List<SemanticToken> Merge(List<SemanticToken> strong, List<SemanticToken> weak)
    {
        strong.Sort(Compare);
        var kept = new List<SemanticToken>(strong.Count + weak.Count);
        foreach (var token in strong)
        {
            // Strong tokens may coincide (a variable declared and referenced at the same place): the first wins.
            if (kept.Count == 0 || kept[^1].Line != token.Line || kept[^1].Character + kept[^1].Length <= token.Character)
            {
                kept.Add(token);
            }
        }

        var byLine = kept.GroupBy(t => t.Line).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var token in weak)
        {
            var start = token.Character;
            var end = token.Character + token.Length;
            if (byLine.TryGetValue(token.Line, out var blockers))
            {
                foreach (var blocker in blockers)
                {
                    var blockerEnd = blocker.Character + blocker.Length;
                    if (blockerEnd <= start || blocker.Character >= end)
                    {
                        continue;
                    }

                    if (blocker.Character > start)
                    {
                        kept.Add(token with { Character = start, Length = blocker.Character - start });
                    }

                    start = Math.Max(start, blockerEnd);
                }
            }

            if (end > start)
            {
                kept.Add(token with { Character = start, Length = end - start });
            }
        }

        kept.Sort(Compare);
        // Weak tokens may overlap one another (a flag value that is also a string): keep the first.
        var result = new List<SemanticToken>(kept.Count);
        foreach (var token in kept)
        {
            if (result.Count == 0 || result[^1].Line != token.Line || result[^1].Character + result[^1].Length <= token.Character)
            {
                result.Add(token);
            }
        }

        return result;
    }

    private static int Compare(SemanticToken a, SemanticToken b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}

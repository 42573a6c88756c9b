using System.Text;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Formatting;

/// <summary>
/// Whitespace formatting compatible with dockerfile-utils' formatter (lib/dockerFormatter.js): leading blanks of an
/// instruction's first line and of comment lines are removed, blank-only lines are emptied, and every further line of
/// a continued instruction is indented by exactly one indentation; here-document bodies and terminators are never
/// touched. Unlike dockerfile-utils it never changes meaning: a continuation line whose join point is inside quotes,
/// or glued to the previous word (<c>a\</c> then <c>b</c> reads <c>ab</c>), keeps its indentation. Idempotent.
/// </summary>
public static class DockerfileFormatter
{
    /// <summary>The edits that format the whole document, in text order, not overlapping.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<DockerfileTextEdit> FormatDocument(DockerfileSyntax syntax, DockerfileFormattingOptions options)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(options);
        return FormatLines(syntax, options, 0, syntax.LineCount - 1);
    }

    /// <summary>The edits that format the lines <paramref name="range"/> touches (whole lines, as dockerfile-utils does).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<DockerfileTextEdit> FormatRange(DockerfileSyntax syntax, TextRange range, DockerfileFormattingOptions options)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(options);
        return FormatLines(syntax, options, Math.Max(0, range.Start.Line), Math.Min(syntax.LineCount - 1, range.End.Line));
    }

    /// <summary>
    /// The edits after <paramref name="character"/> was typed just before <paramref name="position"/>: when it is the
    /// escape character ending a line of an instruction (not in a comment or directive), the next line is indented.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<DockerfileTextEdit> FormatOnType(DockerfileSyntax syntax, TextPosition position, char character, DockerfileFormattingOptions options)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(options);
        if (character != syntax.EscapeCharacter || position.Line + 1 >= syntax.LineCount)
        {
            return [];
        }

        var lines = syntax.Lines;
        var end = lines.ContentEnd(position.Line);
        // The position is just after the typed character; only blanks may follow it on the line.
        var at = Math.Min(lines.LineStart(position.Line) + position.Character, end);
        for (var i = at; i < end; i++)
        {
            if (syntax.Text[i] is not (' ' or '\t'))
            {
                return [];
            }
        }

        var layout = LineLayout.Build(syntax);
        return layout.Kinds[position.Line + 1] == LineKind.Continuation
            ? FormatLines(syntax, options with { IgnoreMultilineInstructions = false }, position.Line + 1, position.Line + 1, layout)
            : [];
    }

    /// <summary>The formatted text (the document's edits applied).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Format(string text, DockerfileFormattingOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        var syntax = DockerfileParser.Parse(text);
        return Apply(text, FormatDocument(syntax, options));
    }

    /// <summary>Applies non-overlapping edits (in any order) to <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Apply(string text, IEnumerable<DockerfileTextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(edits);
        var builder = new StringBuilder(text.Length);
        var at = 0;
        foreach (var edit in edits.OrderBy(e => e.Span.Start))
        {
            builder.Append(text, at, edit.Span.Start - at).Append(edit.NewText);
            at = edit.Span.End;
        }

        return builder.Append(text, at, text.Length - at).ToString();
    }

    private static List<DockerfileTextEdit> FormatLines(DockerfileSyntax syntax, DockerfileFormattingOptions options, int first, int last, LineLayout? layout = null)
    {
        layout ??= LineLayout.Build(syntax);
        var indentation = options.Indentation;
        var text = syntax.Text;
        var lines = syntax.Lines;
        var edits = new List<DockerfileTextEdit>();
        for (var line = first; line <= last; line++)
        {
            var kind = layout.Kinds[line];
            if (kind == LineKind.Verbatim || (options.IgnoreMultilineInstructions && kind is LineKind.Continuation or LineKind.GluedContinuation or LineKind.ContinuationTrivia))
            {
                continue;
            }

            var start = lines.LineStart(line);
            var end = lines.ContentEnd(line);
            var content = start;
            while (content < end && text[content] is ' ' or '\t')
            {
                content++;
            }

            string? replacement;
            if (content == end)
            {
                replacement = content > start ? string.Empty : null;
            }
            else if (kind is LineKind.Continuation or LineKind.ContinuationTrivia)
            {
                replacement = text.AsSpan(start, content - start).SequenceEqual(indentation) ? null : indentation;
            }
            else if (kind == LineKind.GluedContinuation)
            {
                replacement = null;
            }
            else
            {
                replacement = content > start ? string.Empty : null;
            }

            if (replacement is not null)
            {
                var span = TextSpan.FromBounds(start, content);
                edits.Add(new DockerfileTextEdit(lines.GetRange(span), span, replacement));
            }
        }

        return edits;
    }
}

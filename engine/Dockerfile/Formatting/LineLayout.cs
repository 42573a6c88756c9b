using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Formatting;

/// <summary>What each line is, for the formatter.</summary>
internal enum LineKind
{
    /// <summary>An instruction's first line, a comment or blank line between instructions, a directive: no leading blanks.</summary>
    Start,

    /// <summary>A further line of a continued instruction whose leading blanks are insignificant: one indentation.</summary>
    Continuation,

    /// <summary>A comment or blank line inside a continued instruction (dropped by the builder): one indentation.</summary>
    ContinuationTrivia,

    /// <summary>A further line whose leading blanks are part of a quoted string or glued to the previous word: untouched.</summary>
    GluedContinuation,

    /// <summary>A here-document body or terminator line: untouched.</summary>
    Verbatim,
}

/// <summary>Classifies every line of a parsed Dockerfile once.</summary>
internal sealed class LineLayout
{
    private LineLayout(LineKind[] kinds)
    {
        Kinds = kinds;
    }

    public LineKind[] Kinds { get; }

    public static LineLayout Build(DockerfileSyntax syntax)
    {
        var kinds = new LineKind[syntax.LineCount];
        var text = syntax.Text;
        var lines = syntax.Lines;
        var escape = syntax.EscapeCharacter;
        foreach (var instruction in syntax.Instructions)
        {
            var firstLine = instruction.Range.Start.Line;
            var heredocStart = int.MaxValue;
            foreach (var heredoc in instruction.Heredocs)
            {
                // Body and terminator lines follow the marker's line; they run to the heredoc's end.
                var from = heredoc.Marker.Range.End.Line + 1;
                heredocStart = Math.Min(heredocStart, from);
                for (var line = from; line <= heredoc.Range.End.Line && line < kinds.Length; line++)
                {
                    kinds[line] = LineKind.Verbatim;
                }
            }

            var lastLine = Math.Min(instruction.Range.End.Line, heredocStart - 1);
            var comments = new HashSet<int>(instruction.Comments.Select(c => c.Range.Start.Line));
            var blanks = new HashSet<int>(instruction.EmptyContinuationLines);
            var state = new QuoteState();
            var previousContentLine = firstLine;
            state.Feed(text, lines.LineStart(firstLine), lines.ContentEnd(firstLine), escape);
            for (var line = firstLine + 1; line <= lastLine && line < kinds.Length; line++)
            {
                if (kinds[line] == LineKind.Verbatim)
                {
                    continue;
                }

                if (comments.Contains(line) || blanks.Contains(line))
                {
                    kinds[line] = LineKind.ContinuationTrivia;
                    continue;
                }

                var start = lines.LineStart(line);
                var end = lines.ContentEnd(line);
                // Re-indenting swaps one run of blanks for another, which means nothing outside quotes; but a line joined
                // to the previous word with no blank on either side ("a\" then "b" reads "ab") must stay unindented.
                var startsWithBlank = start < end && text[start] is ' ' or '\t';
                var safe = !state.InQuotes && (startsWithBlank || EndsWithBlankBeforeEscape(text, lines.LineStart(previousContentLine), lines.ContentEnd(previousContentLine), escape));
                kinds[line] = safe ? LineKind.Continuation : LineKind.GluedContinuation;
                state.Feed(text, start, end, escape);
                previousContentLine = line;
            }
        }

        return new LineLayout(kinds);
    }

    /// <summary>True when the line's continuation escape is preceded by a blank (or starts the line): the join point has whitespace already.</summary>
    private static bool EndsWithBlankBeforeEscape(string text, int start, int end, char escape)
    {
        var p = end;
        while (p > start && text[p - 1] is ' ' or '\t')
        {
            p--;
        }

        if (p <= start || text[p - 1] != escape)
        {
            return false;
        }

        p--;
        return p == start || text[p - 1] is ' ' or '\t';
    }

    /// <summary>Tracks quotes across the logical line, as the builder's and the shell's lexers would see them.</summary>
    private sealed class QuoteState
    {
        private char _quote;

        public bool InQuotes => _quote != '\0';

        public void Feed(string text, int start, int end, char escape)
        {
            // Drop the continuation escape at the end of the line (and blanks after it).
            var stop = end;
            while (stop > start && text[stop - 1] is ' ' or '\t')
            {
                stop--;
            }

            if (stop > start && text[stop - 1] == escape)
            {
                stop--;
            }

            for (var i = start; i < stop; i++)
            {
                var c = text[i];
                if (_quote == '\'')
                {
                    if (c == '\'')
                    {
                        _quote = '\0';
                    }
                }
                else if (c == escape && i + 1 < stop)
                {
                    i++;
                }
                else if (_quote == '"')
                {
                    if (c == '"')
                    {
                        _quote = '\0';
                    }
                }
                else if (c is '"' or '\'')
                {
                    _quote = c;
                }
            }
        }
    }
}

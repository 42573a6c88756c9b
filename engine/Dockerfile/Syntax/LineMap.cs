namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// Maps UTF-16 offsets to 0-based line/character positions. Line breaks are <c>\n</c>, <c>\r\n</c> and a
/// lone <c>\r</c>, as in the LSP specification; a leading byte-order mark takes no column.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int[] _contentEnds;
    private readonly int _bomLength;

    // The line of the last position asked for: where the next lookup starts (GetPosition). Shared by the threads that
    // read one tree; an int is read and written whole, and a stale or foreign value only costs the binary search.
    private int _lastLine;

    public LineMap(string text)
    {
        _bomLength = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        // Counted first so that both tables are allocated once at their size (no list growth, no copies): on a large
        // document opened in a fresh process, every byte allocated is memory faulted in for the first time.
        var span = text.AsSpan();
        var count = 1 + span.Count('\n') + span.Count('\r') - span.Count("\r\n");
        _lineStarts = new int[count];
        _contentEnds = new int[count];
        var line = 0;
        for (var i = NextBreak(span, 0); i >= 0; i = NextBreak(span, _lineStarts[line]))
        {
            _contentEnds[line] = i;
            _lineStarts[++line] = i + (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1);
        }

        _contentEnds[line] = text.Length;
        TextLength = text.Length;
    }

    /// <summary>Number of lines; a text that ends with a line break has an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    public int TextLength { get; }

    /// <summary>1 when the text starts with a byte-order mark, else 0.</summary>
    public int BomLength => _bomLength;

    /// <summary>Offset of the first character of <paramref name="line"/> (after the BOM on line 0).</summary>
    public int LineStart(int line) => line == 0 ? _bomLength : _lineStarts[line];

    /// <summary>Offset of the line break ending <paramref name="line"/>, or the text length.</summary>
    public int ContentEnd(int line) => _contentEnds[line];

    public TextPosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, TextLength);
        var line = LineOf(offset, _lastLine);
        _lastLine = line;
        return new TextPosition(line, Math.Max(0, offset - LineStart(line)));
    }

    public TextRange GetRange(TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, TextLength);
        var end = Math.Clamp(span.End, 0, TextLength);
        var startLine = LineOf(start, _lastLine);
        var endLine = end == start ? startLine : LineOf(end, startLine);
        _lastLine = endLine;
        return new TextRange(startLine, Math.Max(0, start - LineStart(startLine)), endLine, Math.Max(0, end - LineStart(endLine)));
    }

    // The line holding `offset`, tried first at `near` and the line after it: the parser and most readers ask in text
    // order, and a binary search over a large file's lines for every token was a tenth of its parse (issue #10).
    private int LineOf(int offset, int near)
    {
        var starts = _lineStarts;
        if ((uint)near < (uint)starts.Length && starts[near] <= offset)
        {
            for (var line = near; line < starts.Length && line <= near + 1; line++)
            {
                if (line + 1 == starts.Length || offset < starts[line + 1])
                {
                    return line;
                }
            }
        }

        var found = Array.BinarySearch(starts, offset);
        return found < 0 ? ~found - 1 : found;
    }

    // The index of the next '\n' or '\r' at or after `from`; -1 when there is none.
    private static int NextBreak(ReadOnlySpan<char> text, int from)
    {
        var next = text[from..].IndexOfAny('\n', '\r');
        return next < 0 ? -1 : from + next;
    }
}

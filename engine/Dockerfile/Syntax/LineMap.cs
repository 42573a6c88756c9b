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

    public LineMap(string text)
    {
        _bomLength = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        // Counted first so that both tables are allocated once at their size (no list growth, no copies): on a large
        // document opened in a fresh process, every byte allocated is memory faulted in for the first time.
        var span = text.AsSpan();
        var count = 1;
        for (var i = span.IndexOfAny('\n', '\r'); i >= 0; )
        {
            count++;
            i += span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            var next = span[i..].IndexOfAny('\n', '\r');
            i = next < 0 ? -1 : i + next;
        }

        _lineStarts = new int[count];
        _contentEnds = new int[count];
        var line = 0;
        for (var i = span.IndexOfAny('\n', '\r'); i >= 0; )
        {
            _contentEnds[line] = i;
            i += span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            _lineStarts[++line] = i;
            var next = span[i..].IndexOfAny('\n', '\r');
            i = next < 0 ? -1 : i + next;
        }

        _contentEnds[line] = text.Length;
        TextLength = text.Length;
    }

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
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new TextPosition(line, Math.Max(0, offset - LineStart(line)));
    }

    public TextRange GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));
}

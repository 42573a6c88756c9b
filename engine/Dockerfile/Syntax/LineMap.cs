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
        var starts = new List<int> { 0 };
        var ends = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\n' or '\r'))
            {
                continue;
            }

            ends.Add(i);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
        }

        ends.Add(text.Length);
        _lineStarts = [.. starts];
        _contentEnds = [.. ends];
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
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new TextPosition(line, Math.Max(0, offset - LineStart(line)));
    }

    public TextRange GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));
}

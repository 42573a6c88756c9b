namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// An instruction's text with its continuations removed, and for every character the offset it came
/// from, so that words found in the logical line get exact ranges in the source.
/// </summary>
/// <remarks>
/// One instance serves every instruction of a parse (<see cref="Clear"/>), and offsets are kept per appended
/// segment rather than per character: the parser allocated a list of offsets and a string builder for each
/// instruction, which made most of a large file's parse garbage (bench/dockerfile).
/// </remarks>
internal sealed class LogicalLine
{
    private char[] _buffer = new char[256];

    // Segment i covers logical characters [_segmentStarts[i], _segmentStarts[i + 1]) and starts at source offset _sourceStarts[i].
    private int[] _segmentStarts = new int[8];
    private int[] _sourceStarts = new int[8];
    private int _segments;
    private string? _cached;

    /// <summary>Offset just after the last appended character (used for empty ranges at the end).</summary>
    public int EndOffset { get; private set; }

    public int Length { get; private set; }

    public string Text => _cached ??= new string(_buffer, 0, Length);

    public char this[int index] => _buffer[index];

    public void Clear()
    {
        Length = 0;
        _segments = 0;
        EndOffset = 0;
        _cached = null;
    }

    public void Append(string source, int start, int end)
    {
        var count = end - start;
        if (count > 0)
        {
            if (Length + count > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
            }

            source.CopyTo(start, _buffer, Length, count);
            if (_segments == _segmentStarts.Length)
            {
                Array.Resize(ref _segmentStarts, _segments * 2);
                Array.Resize(ref _sourceStarts, _segments * 2);
            }

            _segmentStarts[_segments] = Length;
            _sourceStarts[_segments] = start;
            _segments++;
            Length += count;
        }

        EndOffset = end;
        _cached = null;
    }

    /// <summary>The source span of logical characters [start, end).</summary>
    public TextSpan SourceSpan(int start, int end)
    {
        if (end <= start)
        {
            var at = start < Length ? SourceOffset(start) : EndOffset;
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(SourceOffset(start), SourceOffset(end - 1) + 1);
    }

    public ReadOnlySpan<char> Span(int start, int end) => _buffer.AsSpan(start, end - start);

    public string Slice(int start, int end) =>
        _cached is not null && start == 0 && end == Length ? _cached : new string(_buffer, start, end - start);

    private int SourceOffset(int index)
    {
        var segment = Array.BinarySearch(_segmentStarts, 0, _segments, index);
        if (segment < 0)
        {
            segment = Math.Max(0, ~segment - 1);
        }

        return _sourceStarts[segment] + (index - _segmentStarts[segment]);
    }
}

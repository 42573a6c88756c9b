using System.Text;

namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// An instruction's text with its continuations removed, and for every character the offset it came
/// from, so that words found in the logical line get exact ranges in the source.
/// </summary>
internal sealed class LogicalLine
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];
    private string? _cached;

    /// <summary>Offset just after the last appended character (used for empty ranges at the end).</summary>
    public int EndOffset { get; private set; }

    public int Length => _text.Length;

    public string Text => _cached ??= _text.ToString();

    public char this[int index] => _text[index];

    public void Append(string source, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            _text.Append(source[i]);
            _offsets.Add(i);
        }

        EndOffset = end;
        _cached = null;
    }

    /// <summary>The source span of logical characters [start, end).</summary>
    public TextSpan SourceSpan(int start, int end)
    {
        if (end <= start)
        {
            var at = start < _offsets.Count ? _offsets[start] : EndOffset;
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(_offsets[start], _offsets[end - 1] + 1);
    }

    public string Slice(int start, int end) => Text[start..end];
}

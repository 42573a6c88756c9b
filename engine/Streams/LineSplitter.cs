using System.Text;

namespace Containers.Engine.Streams;

/// <summary>
/// Turns chunks of UTF-8 bytes into lines, whatever the chunk boundaries (a character or a CRLF may be split
/// across chunks). One instance per stream. Lines come without their terminator; a final line without one is
/// returned by <see cref="Flush"/>.
/// </summary>
public sealed class LineSplitter
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetDecoder();
    private readonly StringBuilder _line = new();
    private char[] _chars = new char[1024];
    private bool _pendingCarriageReturn;

    /// <summary>Decodes <paramref name="bytes"/> and returns every line it completes.</summary>
    public IReadOnlyList<string> Push(ReadOnlySpan<byte> bytes)
    {
        var lines = new List<string>();
        Push(bytes, lines);
        return lines;
    }

    /// <summary>Decodes <paramref name="bytes"/> and appends every line it completes to <paramref name="lines"/> (no allocation but the lines).</summary>
    public void Push(ReadOnlySpan<byte> bytes, ICollection<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // UTF-8 never gives more chars than bytes, plus what a character held over from the last chunk completes.
        if (bytes.Length + 2 > _chars.Length)
        {
            _chars = new char[Math.Max(bytes.Length + 2, _chars.Length * 2)];
        }
        int count = _decoder.GetChars(bytes, _chars, flush: false);
        ReadOnlySpan<char> chars = _chars.AsSpan(0, count);
        if (_pendingCarriageReturn && !chars.IsEmpty)
        {
            _pendingCarriageReturn = false;
            if (chars[0] == '\n')
            {
                chars = chars[1..];
            }
        }
        while (true)
        {
            int end = chars.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                _line.Append(chars);
                return;
            }
            if (_line.Length == 0)
            {
                lines.Add(new string(chars[..end]));
            }
            else
            {
                lines.Add(_line.Append(chars[..end]).ToString());
                _line.Clear();
            }
            if (chars[end] == '\r')
            {
                if (end + 1 == chars.Length)
                {
                    _pendingCarriageReturn = true;
                }
                else if (chars[end + 1] == '\n')
                {
                    end++;
                }
            }
            chars = chars[(end + 1)..];
        }
    }

    /// <summary>The last line when the output did not end with a line break; null when nothing is left.</summary>
    public string? Flush()
    {
        int count = _decoder.GetChars([], _chars, flush: true);
        _line.Append(_chars, 0, count);
        if (_line.Length == 0)
        {
            return null;
        }
        string last = _line.ToString();
        _line.Clear();
        return last;
    }
}

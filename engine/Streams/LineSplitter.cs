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
        int needed = _decoder.GetCharCount(bytes, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }
        int count = _decoder.GetChars(bytes, _chars, flush: false);
        List<string>? lines = null;
        for (int i = 0; i < count; i++)
        {
            char c = _chars[i];
            if (_pendingCarriageReturn)
            {
                _pendingCarriageReturn = false;
                if (c == '\n')
                {
                    continue;
                }
            }
            if (c is '\n' or '\r')
            {
                (lines ??= []).Add(_line.ToString());
                _line.Clear();
                _pendingCarriageReturn = c == '\r';
                continue;
            }
            _line.Append(c);
        }
        return lines ?? (IReadOnlyList<string>)[];
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

using System.Globalization;

namespace Containers.Engine.Streams;

/// <summary>
/// Incremental, in-place decoder of HTTP/1.1 chunked transfer coding (<c>size-in-hex [;ext] CRLF data CRLF</c> …
/// <c>0 CRLF [trailers] CRLF</c>) over reads of any size. The daemon flushes every log line as its own chunk, so a
/// million-line log is a million chunks: decoding them in place, with no copy and no call per chunk, is what lets
/// the blocking log reader keep up (issue #6). Pure: it only sees the bytes it is given.
/// </summary>
public sealed class ChunkedDecoder
{
    private const int MaxLineBytes = 4096;

    private readonly byte[] _line = new byte[MaxLineBytes];
    private int _lineFilled;
    private long _remaining;
    private State _state = State.Size;

    private enum State
    {
        Size,
        Data,
        DataEnd,
        Trailer,
        Done,
    }

    /// <summary>True once the last chunk and the trailers have been read: the body ended as it should.</summary>
    public bool IsComplete => _state == State.Done;

    /// <summary>
    /// Decodes <paramref name="data"/>, moving the payload bytes it holds to its start, in order, and returns how many
    /// there are. Bytes after the end of the body are ignored.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not chunked coding.</exception>
    public int Decode(Span<byte> data)
    {
        int read = 0;
        int written = 0;
        while (read < data.Length && _state != State.Done)
        {
            switch (_state)
            {
                case State.Data:
                {
                    int take = (int)Math.Min(_remaining, data.Length - read);
                    if (written != read)
                    {
                        data.Slice(read, take).CopyTo(data[written..]);
                    }
                    read += take;
                    written += take;
                    _remaining -= take;
                    if (_remaining == 0)
                    {
                        _state = State.DataEnd;
                    }
                    break;
                }
                default:
                {
                    // Size, DataEnd and Trailer are lines: gather one (it may span reads), then act on it.
                    int end = data[read..].IndexOf((byte)'\n');
                    int take = end < 0 ? data.Length - read : end;
                    if (_lineFilled + take > MaxLineBytes)
                    {
                        throw new InvalidDataException("A chunk header of the response is longer than 4 KiB.");
                    }
                    data.Slice(read, take).CopyTo(_line.AsSpan(_lineFilled));
                    _lineFilled += take;
                    read += take;
                    if (end < 0)
                    {
                        break;
                    }
                    read++; // the '\n'
                    ReadOnlySpan<byte> line = _line.AsSpan(0, _lineFilled).TrimEnd((byte)'\r');
                    _lineFilled = 0;
                    OnLine(line);
                    break;
                }
            }
        }
        return written;
    }

    private void OnLine(ReadOnlySpan<byte> line)
    {
        switch (_state)
        {
            case State.Size:
            {
                int extension = line.IndexOf((byte)';');
                ReadOnlySpan<byte> hex = (extension < 0 ? line : line[..extension]).Trim((byte)' ');
                if (hex.IsEmpty || hex.Length > 15 || !long.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out long size))
                {
                    throw new InvalidDataException($"'{System.Text.Encoding.ASCII.GetString(line)}' is not a chunk size.");
                }
                _remaining = size;
                _state = size == 0 ? State.Trailer : State.Data;
                break;
            }
            case State.DataEnd:
                if (!line.IsEmpty)
                {
                    throw new InvalidDataException("A chunk of the response does not end with CRLF.");
                }
                _state = State.Size;
                break;
            case State.Trailer:
                // Trailer fields are ignored; the empty line ends the body.
                if (line.IsEmpty)
                {
                    _state = State.Done;
                }
                break;
        }
    }
}

using System.Buffers.Binary;

namespace Containers.Engine.Streams;

/// <summary>
/// Incremental, allocation-free decoder of the Engine API's multiplexed frames (<c>[stream, 0, 0, 0, size (uint32
/// big-endian)]</c> then <c>size</c> bytes) over reads of any size: one read of 64 KiB holds thousands of log lines'
/// frames, and decoding them in place costs no further read calls (issue #6, log throughput). Pure: it only sees the
/// bytes it is given. With a TTY (<c>multiplexed</c> false) everything is stdout.
/// </summary>
public sealed class FrameDecoder
{
    private const int HeaderSize = 8;

    private readonly bool _multiplexed;
    private readonly byte[] _header = new byte[HeaderSize];
    private int _headerFilled;
    private uint _remaining;
    private StreamKind _kind;

    public FrameDecoder(bool multiplexed) => _multiplexed = multiplexed;

    /// <summary>True while a frame is incomplete: the stream must not end here.</summary>
    public bool InsideFrame => _headerFilled > 0 || _remaining > 0;

    /// <summary>
    /// Decodes <paramref name="data"/> and appends the payload pieces it holds, in order, as ranges of
    /// <paramref name="data"/> (a frame split across reads gives one piece per read).
    /// </summary>
    public void Decode(ReadOnlySpan<byte> data, List<(StreamKind Stream, Range Range)> pieces)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        if (!_multiplexed)
        {
            if (!data.IsEmpty)
            {
                pieces.Add((StreamKind.Stdout, 0..data.Length));
            }
            return;
        }
        int position = 0;
        while (position < data.Length)
        {
            if (_remaining == 0)
            {
                int take = Math.Min(HeaderSize - _headerFilled, data.Length - position);
                data.Slice(position, take).CopyTo(_header.AsSpan(_headerFilled));
                _headerFilled += take;
                position += take;
                if (_headerFilled < HeaderSize)
                {
                    return;
                }
                _headerFilled = 0;
                _kind = (StreamKind)_header[0];
                _remaining = BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(4));
                continue;
            }
            int length = (int)Math.Min(_remaining, (uint)(data.Length - position));
            pieces.Add((_kind, position..(position + length)));
            position += length;
            _remaining -= (uint)length;
        }
    }
}

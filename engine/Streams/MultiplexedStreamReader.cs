using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Containers.Engine.Streams;

/// <summary>
/// Reads the Engine API's multiplexed output (attach, logs and exec without a TTY): frames of an 8-byte header
/// <c>[stream, 0, 0, 0, size (uint32 big-endian)]</c> followed by <c>size</c> bytes. With a TTY the stream is raw
/// and everything is stdout. Pure: it only reads the stream it is given, so it can be tested with any split.
/// </summary>
public static class MultiplexedStreamReader
{
    private const int HeaderSize = 8;

    /// <summary>
    /// Yields the chunks of <paramref name="source"/> until it ends. <paramref name="multiplexed"/> false (a TTY)
    /// yields raw stdout chunks. A stream that ends inside a frame ends the enumeration with
    /// <see cref="EndOfStreamException"/>: output was cut, and silently dropping it would hide that.
    /// </summary>
    public static async IAsyncEnumerable<OutputChunk> ReadAsync(Stream source, bool multiplexed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        byte[] buffer = new byte[81920];
        if (!multiplexed)
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                yield return new OutputChunk(StreamKind.Stdout, buffer.AsMemory(0, read));
            }
            yield break;
        }
        byte[] header = new byte[HeaderSize];
        while (true)
        {
            int got = await ReadFullyAsync(source, header, cancellationToken).ConfigureAwait(false);
            if (got == 0)
            {
                yield break;
            }
            if (got < HeaderSize)
            {
                throw new EndOfStreamException($"The output stream ended inside a frame header ({got} of {HeaderSize} bytes).");
            }
            var kind = (StreamKind)header[0];
            uint remaining = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(4));
            while (remaining > 0)
            {
                int want = (int)Math.Min(remaining, (uint)buffer.Length);
                int read = await source.ReadAsync(buffer.AsMemory(0, want), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new EndOfStreamException($"The output stream ended {remaining} bytes before the end of a frame.");
                }
                remaining -= (uint)read;
                yield return new OutputChunk(kind, buffer.AsMemory(0, read));
            }
        }
    }

    private static async Task<int> ReadFullyAsync(Stream source, byte[] target, CancellationToken cancellationToken)
    {
        int total = 0;
        while (total < target.Length)
        {
            int read = await source.ReadAsync(target.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }
            total += read;
        }
        return total;
    }
}

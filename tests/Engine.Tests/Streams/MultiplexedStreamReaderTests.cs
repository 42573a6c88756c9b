using System.Text;
using Containers.Engine.Streams;

namespace Containers.Engine.Tests.Streams;

/// <summary>Frames split at every offset and read one byte at a time, as STYLE.md asks of stream decoders.</summary>
public class MultiplexedStreamReaderTests
{
    private static byte[] Frame(StreamKind kind, string text)
    {
        byte[] payload = Encoding.UTF8.GetBytes(text);
        byte[] frame = new byte[8 + payload.Length];
        frame[0] = (byte)kind;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(4), (uint)payload.Length);
        payload.CopyTo(frame, 8);
        return frame;
    }

    private static async Task<List<(StreamKind, string)>> ReadAllAsync(Stream stream, bool multiplexed)
    {
        var splitters = new Dictionary<StreamKind, LineSplitter>();
        var lines = new List<(StreamKind, string)>();
        await foreach (OutputChunk chunk in MultiplexedStreamReader.ReadAsync(stream, multiplexed, CancellationToken.None))
        {
            LineSplitter splitter = splitters.TryGetValue(chunk.Stream, out LineSplitter? s) ? s : splitters[chunk.Stream] = new LineSplitter();
            lines.AddRange(splitter.Push(chunk.Data.Span).Select(l => (chunk.Stream, l)));
        }
        foreach ((StreamKind kind, LineSplitter splitter) in splitters)
        {
            if (splitter.Flush() is { } last)
            {
                lines.Add((kind, last));
            }
        }
        return lines;
    }

    private static readonly byte[] s_sample = [.. Frame(StreamKind.Stdout, "héllo\nwor"), .. Frame(StreamKind.Stderr, "oops\r\n"), .. Frame(StreamKind.Stdout, "ld\n€ end")];

    private static readonly (StreamKind, string)[] s_expected =
        [(StreamKind.Stdout, "héllo"), (StreamKind.Stderr, "oops"), (StreamKind.Stdout, "world"), (StreamKind.Stdout, "€ end")];

    [Fact]
    public async Task DemultiplexesFramesIntoLinesPerStream() =>
        Assert.Equal(s_expected, await ReadAllAsync(new MemoryStream(s_sample), multiplexed: true));

    [Fact]
    public async Task GivesTheSameLinesWhenReadOneByteAtATime() =>
        Assert.Equal(s_expected, await ReadAllAsync(new OneByteStream(s_sample), multiplexed: true));

    [Fact]
    public async Task GivesTheSameLinesWhateverTheSplitPoint()
    {
        for (int split = 1; split < s_sample.Length; split++)
        {
            Assert.Equal(s_expected, await ReadAllAsync(new TwoPieceStream(s_sample, split), multiplexed: true));
        }
    }

    [Fact]
    public async Task ARawTtyStreamIsAllStdout()
    {
        byte[] raw = Encoding.UTF8.GetBytes("one\r\ntwo\n");
        Assert.Equal([(StreamKind.Stdout, "one"), (StreamKind.Stdout, "two")], await ReadAllAsync(new OneByteStream(raw), multiplexed: false));
    }

    [Fact]
    public async Task AStreamCutInsideAFrameIsAnErrorNotSilentLoss()
    {
        byte[] cut = s_sample[..12];
        await Assert.ThrowsAsync<EndOfStreamException>(() => ReadAllAsync(new MemoryStream(cut), multiplexed: true));
        await Assert.ThrowsAsync<EndOfStreamException>(() => ReadAllAsync(new MemoryStream(s_sample[..5]), multiplexed: true));
    }

    [Fact]
    public async Task AnEmptyStreamHasNoLines() => Assert.Empty(await ReadAllAsync(new MemoryStream(), multiplexed: true));

    private sealed class OneByteStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }

    private sealed class TwoPieceStream(byte[] data, int split) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int limit = Position < split ? (int)(split - Position) : buffer.Length;
            return base.ReadAsync(buffer[..Math.Min(limit, buffer.Length)], cancellationToken);
        }
    }
}

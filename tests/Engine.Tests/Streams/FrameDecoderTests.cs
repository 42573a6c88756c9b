using System.Text;
using Containers.Engine.Streams;

namespace Containers.Engine.Tests.Streams;

/// <summary>The in-place frame decoder behind Get-ContainerLog (issue #6): any split of the input gives the same payloads.</summary>
public sealed class FrameDecoderTests
{
    private static byte[] Frame(StreamKind kind, string text)
    {
        byte[] payload = Encoding.UTF8.GetBytes(text);
        return [(byte)kind, 0, 0, 0, (byte)(payload.Length >> 24), (byte)(payload.Length >> 16), (byte)(payload.Length >> 8), (byte)payload.Length, .. payload];
    }

    private static (string Stdout, string Stderr, bool Inside) Decode(byte[] input, int readSize)
    {
        var decoder = new FrameDecoder(multiplexed: true);
        var pieces = new List<(StreamKind Stream, Range Range)>();
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        for (int offset = 0; offset < input.Length; offset += readSize)
        {
            byte[] read = input[offset..Math.Min(input.Length, offset + readSize)];
            pieces.Clear();
            decoder.Decode(read, pieces);
            foreach ((StreamKind stream, Range range) in pieces)
            {
                (stream == StreamKind.Stderr ? stderr : stdout).Append(Encoding.Latin1.GetString(read.AsSpan(range)));
            }
        }
        return (stdout.ToString(), stderr.ToString(), decoder.InsideFrame);
    }

    [Fact]
    public void EveryReadSizeGivesTheSamePayloadsPerStream()
    {
        byte[] input = [.. Frame(StreamKind.Stdout, "one\n"), .. Frame(StreamKind.Stderr, "oops\n"), .. Frame(StreamKind.Stdout, ""), .. Frame(StreamKind.Stdout, "two\nthree")];
        for (int size = 1; size <= input.Length; size++)
        {
            Assert.Equal(("one\ntwo\nthree", "oops\n", false), Decode(input, size));
        }
    }

    [Fact]
    public void AStreamCutInsideAFrameIsReported()
    {
        byte[] frame = Frame(StreamKind.Stdout, "hello");
        for (int cut = 1; cut < frame.Length; cut++)
        {
            Assert.True(Decode(frame[..cut], 1).Inside, $"cut at {cut}");
        }
    }

    [Fact]
    public void WithoutMultiplexingEverythingIsStdout()
    {
        var pieces = new List<(StreamKind Stream, Range Range)>();
        new FrameDecoder(multiplexed: false).Decode("\u0001raw"u8, pieces);
        Assert.Equal([(StreamKind.Stdout, 0..4)], pieces);
    }
}

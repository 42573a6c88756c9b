using System.Text;
using Containers.Engine.Models;
using Containers.Engine.Streams;

namespace Containers.Engine.Tests.Streams;

/// <summary>Frames to lines (issue #6): whatever the read boundaries, UTF-8, CRLF and both streams come out whole and in order.</summary>
public sealed class LogLineDecoderTests
{
    private static byte[] Frame(StreamKind kind, string text)
    {
        byte[] payload = Encoding.UTF8.GetBytes(text);
        return [(byte)kind, 0, 0, 0, (byte)(payload.Length >> 24), (byte)(payload.Length >> 16), (byte)(payload.Length >> 8), (byte)payload.Length, .. payload];
    }

    private static List<(StreamKind, string)> Decode(byte[] input, int readSize, bool multiplexed = true, bool timestamps = false)
    {
        var decoder = new LogLineDecoder(multiplexed, timestamps);
        var lines = new List<LogLine>();
        for (int offset = 0; offset < input.Length; offset += readSize)
        {
            decoder.Push(input.AsSpan(offset, Math.Min(readSize, input.Length - offset)), lines);
        }
        Assert.False(decoder.InsideFrame);
        decoder.Finish(lines);
        return [.. lines.Select(l => (l.Stream, l.Text))];
    }

    [Fact]
    public void EveryReadSizeGivesTheSameLines()
    {
        // A character of 2, 3 and 4 bytes, CRLF, a lone CR, a line spread over frames, stderr in between, no final break.
        byte[] input =
        [
            .. Frame(StreamKind.Stdout, "été\r\n日本"),
            .. Frame(StreamKind.Stderr, "oops\n"),
            .. Frame(StreamKind.Stdout, " 🙂\rnext\r"),
            .. Frame(StreamKind.Stdout, "\nlast"),
        ];
        for (int size = 1; size <= input.Length; size++)
        {
            Assert.Equal(
                [(StreamKind.Stdout, "été"), (StreamKind.Stderr, "oops"), (StreamKind.Stdout, "日本 🙂"), (StreamKind.Stdout, "next"), (StreamKind.Stdout, "last")],
                Decode(input, size));
        }
    }

    [Fact]
    public void WithoutMultiplexingTheBytesAreTheText()
    {
        byte[] input = Encoding.UTF8.GetBytes("\u0001not a header\r\nsecond");
        Assert.Equal([(StreamKind.Stdout, "\u0001not a header"), (StreamKind.Stdout, "second")], Decode(input, 3, multiplexed: false));
    }

    [Fact]
    public void TimestampsBecomeTimesAndLeaveTheText()
    {
        var decoder = new LogLineDecoder(multiplexed: true, timestamps: true);
        var lines = new List<LogLine>();
        decoder.Push(Frame(StreamKind.Stdout, "2026-11-28T10:00:00.123456789Z hello world\n"), lines);
        LogLine line = Assert.Single(lines);
        Assert.Equal("hello world", line.Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero).AddTicks(1234567), line.Timestamp);
    }

    [Fact]
    public void ACutInsideAFrameIsVisible()
    {
        var decoder = new LogLineDecoder(multiplexed: true, timestamps: false);
        decoder.Push(Frame(StreamKind.Stdout, "hello\n")[..9], []);
        Assert.True(decoder.InsideFrame);
    }
}

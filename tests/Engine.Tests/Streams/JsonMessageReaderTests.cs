using System.Text;
using Containers.Engine.Errors;
using Containers.Engine.Streams;

namespace Containers.Engine.Tests.Streams;

/// <summary>
/// The JSON message stream of pull/push/build/load: split at every offset and read one byte at a time, as STYLE.md
/// asks of stream decoders; in-band errors become typed exceptions.
/// </summary>
public class JsonMessageReaderTests
{
    // What a daemon writes: CRLF-separated objects, one pair concatenated without a separator (some servers do),
    // a multi-byte character in build output, aux data, and whitespace at the end.
    private const string Sample =
        "{\"status\":\"Pulling from library/busybox\",\"id\":\"latest\"}\r\n" +
        "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":1024,\"total\":4096},\"progress\":\"[==>   ] 1kB/4kB\",\"id\":\"a1b2c3\"}\r\n" +
        "{\"stream\":\"Step 1/2 : RUN echo h\u00e9llo \u20ac\\n\"}{\"aux\":{\"ID\":\"sha256:abc\"}}\r\n" +
        "{\"status\":\"Loading layer\",\"progressDetail\":{\"current\":5,\"total\":10,\"units\":\"items\"},\"id\":\"d4\",\"timeNano\":1700000000123456700}\n" +
        "  \r\n";

    private static readonly byte[] s_sample = Encoding.UTF8.GetBytes(Sample);

    private static void AssertSample(IReadOnlyList<JsonMessage> messages)
    {
        Assert.Equal(5, messages.Count);
        Assert.Equal(("Pulling from library/busybox", "latest"), (messages[0].Status, messages[0].Id));
        Assert.Equal(("Downloading", "a1b2c3", 1024L, 4096L), (messages[1].Status, messages[1].Id, messages[1].Current, messages[1].Total));
        Assert.Equal("[==>   ] 1kB/4kB", messages[1].ProgressText);
        Assert.Equal("Step 1/2 : RUN echo héllo €\n", messages[2].Stream);
        Assert.Equal("sha256:abc", messages[3].Aux!.Value.GetProperty("ID").GetString());
        Assert.Equal(("items", 5L, 10L), (messages[4].Units, messages[4].Current, messages[4].Total));
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero).AddTicks(1234567), messages[4].Time);
        Assert.All(messages, m => Assert.False(m.IsError));
    }

    private static async Task<List<JsonMessage>> ReadAllAsync(Stream stream)
    {
        var messages = new List<JsonMessage>();
        await foreach (JsonMessage message in JsonMessageReader.ReadAsync(stream, CancellationToken.None))
        {
            messages.Add(message);
        }
        return messages;
    }

    [Fact]
    public async Task ReadsEveryMessageOfTheStream() => AssertSample(await ReadAllAsync(new MemoryStream(s_sample)));

    [Fact]
    public async Task GivesTheSameMessagesWhenReadOneByteAtATime() => AssertSample(await ReadAllAsync(new OneByteStream(s_sample)));

    [Fact]
    public async Task GivesTheSameMessagesWhateverTheSplitPoint()
    {
        for (int split = 1; split < s_sample.Length; split++)
        {
            AssertSample(await ReadAllAsync(new TwoPieceStream(s_sample, split)));
        }
    }

    [Fact]
    public void TheDecoderGivesTheSameMessagesWhateverTheSplitPoint()
    {
        for (int split = 0; split <= s_sample.Length; split++)
        {
            var decoder = new JsonMessageDecoder();
            var messages = new List<JsonMessage>();
            messages.AddRange(decoder.Push(s_sample.AsSpan(0, split)));
            messages.AddRange(decoder.Push(s_sample.AsSpan(split)));
            decoder.Complete();
            AssertSample(messages);
        }
    }

    [Fact]
    public async Task AnInBandErrorEndsTheStreamWithAnExceptionAfterTheMessagesBeforeIt()
    {
        byte[] data = Encoding.UTF8.GetBytes(
            "{\"status\":\"Preparing\",\"id\":\"a1\"}\r\n" +
            "{\"errorDetail\":{\"message\":\"something broke\"},\"error\":\"something broke\"}\r\n" +
            "{\"status\":\"never read\"}\r\n");
        var seen = new List<JsonMessage>();
        EngineApiException e = await Assert.ThrowsAsync<EngineApiException>(async () =>
        {
            await foreach (JsonMessage m in JsonMessageReader.ReadAsync(new OneByteStream(data), CancellationToken.None))
            {
                seen.Add(m);
            }
        });
        Assert.Equal("something broke", e.Message);
        Assert.Equal(200, e.StatusCode);
        Assert.Equal("Preparing", Assert.Single(seen).Status);
    }

    [Theory]
    [InlineData("{\"errorDetail\":{\"message\":\"unauthorized: authentication required\"},\"error\":\"unauthorized: authentication required\"}", typeof(EngineAuthException))]
    [InlineData("{\"error\":\"denied: requested access to the resource is denied\"}", typeof(EngineAuthException))]
    [InlineData("{\"errorDetail\":{\"message\":\"manifest unknown\"},\"error\":\"manifest for x:y not found: manifest unknown: manifest unknown\"}", typeof(EngineNotFoundException))]
    [InlineData("{\"errorDetail\":{\"code\":404,\"message\":\"gone\"},\"error\":\"gone\"}", typeof(EngineNotFoundException))]
    [InlineData("{\"errorDetail\":{\"code\":401,\"message\":\"who are you\"}}", typeof(EngineAuthException))]
    [InlineData("{\"errorDetail\":{\"code\":1,\"message\":\"The command '/bin/sh -c false' returned a non-zero code: 1\"},\"error\":\"The command '/bin/sh -c false' returned a non-zero code: 1\"}", typeof(EngineApiException))]
    public async Task AnInBandErrorBecomesTheMatchingEngineException(string line, Type expected)
    {
        Exception e = await Record.ExceptionAsync(() => ReadAllAsync(new MemoryStream(Encoding.UTF8.GetBytes(line + "\r\n"))));
        Assert.IsType(expected, e);
    }

    [Fact]
    public async Task AStreamCutInsideAMessageIsAnErrorNotSilentLoss() =>
        await Assert.ThrowsAsync<EndOfStreamException>(() => ReadAllAsync(new MemoryStream(s_sample[..70])));

    [Theory]
    [InlineData("not json\r\n")]
    [InlineData("[1,2]\r\n")]
    [InlineData("{\"status\":}\r\n")]
    public async Task SomethingThatIsNotAJsonMessageStreamIsAnEngineError(string text)
    {
        EngineApiException e = await Assert.ThrowsAsync<EngineApiException>(() => ReadAllAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))));
        Assert.Contains("malformed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyStreamHasNoMessages() => Assert.Empty(await ReadAllAsync(new MemoryStream()));

    [Fact]
    public void AMessageLargerThanTheBufferIsStillRead()
    {
        string big = new('x', 100_000);
        var decoder = new JsonMessageDecoder();
        byte[] data = Encoding.UTF8.GetBytes("{\"stream\":\"" + big + "\"}\r\n");
        var messages = new List<JsonMessage>();
        for (int i = 0; i < data.Length; i += 1000)
        {
            messages.AddRange(decoder.Push(data.AsSpan(i, Math.Min(1000, data.Length - i))));
        }
        Assert.Equal(big, Assert.Single(messages).Stream);
    }

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

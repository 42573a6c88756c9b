using System.Text;
using Containers.Engine.Streams;

namespace Containers.Engine.Tests.Streams;

/// <summary>The in-place chunked decoder under the blocking log reader (issue #6): any split of the input gives the same body.</summary>
public sealed class ChunkedDecoderTests
{
    private static (string Body, bool Complete) Decode(byte[] input, int readSize)
    {
        var decoder = new ChunkedDecoder();
        var body = new StringBuilder();
        for (int offset = 0; offset < input.Length; offset += readSize)
        {
            byte[] read = input[offset..Math.Min(input.Length, offset + readSize)];
            int payload = decoder.Decode(read);
            body.Append(Encoding.Latin1.GetString(read, 0, payload));
        }
        return (body.ToString(), decoder.IsComplete);
    }

    [Fact]
    public void EveryReadSizeGivesTheSameBody()
    {
        // Upper- and lower-case hex, an extension, a chunk holding CRLF, trailers, and bytes after the end that are not body.
        byte[] input = Encoding.Latin1.GetBytes("5\r\nhello\r\n1b;name=value\r\n, world \r\n with CRLF inside\r\nC\r\n and the end\r\n0\r\nTrailer: x\r\n\r\nGARBAGE");
        for (int size = 1; size <= input.Length; size++)
        {
            Assert.Equal(("hello, world \r\n with CRLF inside and the end", true), Decode(input, size));
        }
    }

    [Fact]
    public void ABodyCutBeforeTheLastChunkIsNotComplete()
    {
        byte[] input = Encoding.Latin1.GetBytes("3\r\nabc\r\n0\r\n\r\n");
        for (int cut = 0; cut < input.Length; cut++)
        {
            Assert.False(Decode(input[..cut], 1).Complete, $"cut at {cut}");
        }
        Assert.True(Decode(input, 1).Complete);
    }

    [Theory]
    [InlineData("zz\r\nabc\r\n")]
    [InlineData("\r\n")]
    [InlineData("3\r\nabcX\r\n")]
    public void WhatIsNotChunkedCodingIsInvalid(string input)
    {
        Assert.Throws<InvalidDataException>(() => new ChunkedDecoder().Decode(Encoding.Latin1.GetBytes(input)));
    }
}

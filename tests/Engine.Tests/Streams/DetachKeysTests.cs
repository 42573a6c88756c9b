using System.Buffers;
using Containers.Engine.Streams;

namespace Containers.Engine.Tests.Streams;

/// <summary>Detach keys (issue #6): docker's --detach-keys notation, and the filter that holds them back from the process.</summary>
public sealed class DetachKeysTests
{
    [Theory]
    [InlineData("ctrl-p,ctrl-q", new byte[] { 16, 17 })]
    [InlineData("ctrl-a,d", new byte[] { 1, (byte)'d' })]
    [InlineData("ctrl-@,ctrl-[,ctrl-\\,ctrl-],ctrl-^,ctrl-_", new byte[] { 0, 27, 28, 29, 30, 31 })]
    [InlineData("x", new byte[] { (byte)'x' })]
    public void ParsesDockersNotation(string text, byte[] expected) =>
        Assert.Equal(expected, DetachKeys.Parse(text).Bytes.ToArray());

    [Theory]
    [InlineData("")]
    [InlineData("ctrl-")]
    [InlineData("ctrl-!")]
    [InlineData("ab")]
    [InlineData("ctrl-p,,ctrl-q")]
    public void RejectsWhatDockerRejects(string text) =>
        Assert.Throws<FormatException>(() => DetachKeys.Parse(text));

    [Fact]
    public void TheSequenceNeverReachesTheProcessAndEverythingElseDoesInOrder()
    {
        byte[] input = [(byte)'l', (byte)'s', 16, (byte)'x', 16, 16, 17];
        // Fed in every split, the output is the same: ctrl-p x (a broken start is forwarded), then detach.
        for (int split = 0; split <= input.Length; split++)
        {
            var keys = DetachKeys.Parse(DetachKeys.DefaultSequence);
            var forward = new ArrayBufferWriter<byte>();
            bool detached = keys.Scan(input.AsSpan(..split), forward) | keys.Scan(input.AsSpan(split..), forward);
            Assert.True(detached, $"split {split}");
            Assert.Equal([(byte)'l', (byte)'s', 16, (byte)'x', 16], forward.WrittenSpan.ToArray());
        }
    }

    [Fact]
    public void AHeldPrefixWaitsForTheNextKey()
    {
        var keys = DetachKeys.Parse("ctrl-p,ctrl-q");
        var forward = new ArrayBufferWriter<byte>();
        Assert.False(keys.Scan([16], forward));
        Assert.Equal(0, forward.WrittenCount);
        Assert.False(keys.Scan([(byte)'a'], forward));
        Assert.Equal([16, (byte)'a'], forward.WrittenSpan.ToArray());
    }
}

using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Tests.Dockerfile;

/// <summary>
/// LineMap starts each lookup at the line of the previous one; whatever order positions are asked in, the answer must
/// be the one a plain count of line breaks gives.
/// </summary>
public sealed class LineMapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void PositionsAndRangesMatchCountedLineBreaksInAnyOrder(int seed)
    {
        var random = new Random(seed);
        var text = RandomText(random);
        var expected = CountedPositions(text);
        var map = new LineMap(text);

        // In order, backwards, then at random (a jump far from the last line must still be found).
        var offsets = Enumerable.Range(0, text.Length + 1).ToList();
        foreach (var offset in offsets.Concat(Enumerable.Reverse(offsets)).Concat(offsets.Select(_ => random.Next(text.Length + 1))))
        {
            Assert.Equal(expected[offset], map.GetPosition(offset));
        }

        for (var i = 0; i < 2_000; i++)
        {
            var start = random.Next(text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            Assert.Equal(new TextRange(expected[start], expected[end]), map.GetRange(TextSpan.FromBounds(start, end)));
        }
    }

    [Fact]
    public void ClampsOffsetsOutsideTheText()
    {
        var map = new LineMap("FROM a\nRUN b");

        Assert.Equal(new TextPosition(0, 0), map.GetPosition(-5));
        Assert.Equal(new TextPosition(1, 5), map.GetPosition(500));
        Assert.Equal(new TextRange(0, 0, 1, 5), map.GetRange(new TextSpan(-3, 1000)));
    }

    // Lines of random words separated by \n, \r\n and lone \r, sometimes a leading byte-order mark and empty lines.
    private static string RandomText(Random random)
    {
        var builder = new System.Text.StringBuilder(random.Next(2) == 0 ? "\uFEFF" : string.Empty);
        string[] breaks = ["\n", "\r\n", "\r", "\n\n"];
        for (var line = 0; line < 300; line++)
        {
            builder.Append('x', random.Next(0, 12)).Append(breaks[random.Next(breaks.Length)]);
        }

        return builder.ToString();
    }

    // Each offset's position by walking the text once: a line break ends a line, a BOM at offset 0 takes no column.
    private static TextPosition[] CountedPositions(string text)
    {
        var positions = new TextPosition[text.Length + 1];
        var line = 0;
        var column = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            positions[i] = new TextPosition(line, column);
            if (i == text.Length)
            {
                break;
            }

            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 0;
            }
            else if (!(i == 0 && text[i] == '\uFEFF'))
            {
                column++;
            }
        }

        return positions;
    }
}

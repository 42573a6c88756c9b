using Containers.Engine.Dockerfile.Formatting;
using Containers.Engine.Dockerfile.Syntax;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Formatting;

public sealed class DockerfileFormatterTests
{
    private static readonly DockerfileFormattingOptions s_default = DockerfileFormattingOptions.Default;

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void AlignsInstructionsAndCommentsAndIndentsContinuations(string eol)
    {
        var input = Text("  FROM alpine\n\t# comment\n   \nRUN apk add \\\n        curl \\\n  # inside\n    \\\n git\n", eol);
        var expected = Text("FROM alpine\n# comment\n\nRUN apk add \\\n\tcurl \\\n\t# inside\n\t\\\n\tgit\n", eol);

        Assert.Equal(expected, DockerfileFormatter.Format(input, s_default));
    }

    [Fact]
    public void IndentsWithSpacesWhenAsked()
    {
        var options = new DockerfileFormattingOptions { InsertSpaces = true, TabSize = 2 };

        Assert.Equal("RUN a \\\n  b\n", DockerfileFormatter.Format("RUN a \\\n\t\t\tb\n", options));
    }

    [Fact]
    public void CanLeaveMultilineInstructionsAlone()
    {
        var options = new DockerfileFormattingOptions { IgnoreMultilineInstructions = true };

        Assert.Equal("RUN a \\\n      b\nRUN c\n", DockerfileFormatter.Format("  RUN a \\\n      b\n  RUN c\n", options));
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void NeverTouchesHeredocBodies(string eol)
    {
        var input = Text("FROM a\n  RUN <<-EOF bash\n\t  indented\n   \n\tEOF\n  COPY <<A <<B /x\n  a\nA\n  b\n  B\nB\n", eol);
        var expected = Text("FROM a\nRUN <<-EOF bash\n\t  indented\n   \n\tEOF\nCOPY <<A <<B /x\n  a\nA\n  b\n  B\nB\n", eol);

        Assert.Equal(expected, DockerfileFormatter.Format(input, s_default));
    }

    [Theory]
    [InlineData("RUN echo \"a \\\n    b\"\n")]
    [InlineData("ENV X='a \\\n  b'\n")]
    [InlineData("RUN echo a\\\nb\n")]
    public void NeverChangesWhatTheBuilderReads(string input)
    {
        Assert.Equal(input, DockerfileFormatter.Format(input, s_default));
    }

    [Fact]
    public void ReindentsAContinuationGluedOnlyByItsOwnBlanks()
    {
        Assert.Equal("RUN echo a\\\n\tb\n", DockerfileFormatter.Format("RUN echo a\\\n    b\n", s_default));
    }

    [Fact]
    public void HonoursTheBacktickEscape()
    {
        Assert.Equal("# escape=`\nRUN a `\n\tb\n", DockerfileFormatter.Format("# escape=`\n RUN a `\n  b\n", s_default));
    }

    [Theory]
    [InlineData("  FROM a\n  RUN b \\\n c \\\n\n   # x\n     d\n")]
    [InlineData("RUN <<EOF\n  x\nEOF\n  RUN 'a \\\n  b' \\\n  c\n")]
    [InlineData("\uFEFF  FROM a\r\n\t\r\n  ")]
    public void IsIdempotentAndKeepsTheLogicalLines(string input)
    {
        var once = DockerfileFormatter.Format(input, s_default);

        Assert.Equal(once, DockerfileFormatter.Format(once, s_default));
        var before = DockerfileParser.Parse(input).Instructions.Select(i => (i.Keyword.Text, string.Join(" ", i.Arguments.Select(a => a.Text))));
        var after = DockerfileParser.Parse(once).Instructions.Select(i => (i.Keyword.Text, string.Join(" ", i.Arguments.Select(a => a.Text))));
        Assert.Equal(before, after);
    }

    [Fact]
    public void FormatsOnlyTheLinesOfARange()
    {
        var syntax = DockerfileParser.Parse("  FROM a\n  RUN b\n  RUN c\n");

        var edit = Assert.Single(DockerfileFormatter.FormatRange(syntax, new TextRange(1, 3, 1, 3), s_default));

        Range("1:0-1:2", edit.Range);
        Assert.Equal(string.Empty, edit.NewText);
    }

    [Fact]
    public void IndentsTheNextLineWhenTheEscapeCharacterIsTyped()
    {
        var syntax = DockerfileParser.Parse("FROM a\nRUN b \\\nc\n# x \\\nRUN d \\ e\n");

        var edit = Assert.Single(DockerfileFormatter.FormatOnType(syntax, new TextPosition(1, 7), '\\', s_default));
        Range("2:0-2:0", edit.Range);
        Assert.Equal("\t", edit.NewText);
        Assert.Empty(DockerfileFormatter.FormatOnType(syntax, new TextPosition(3, 5), '\\', s_default));
        Assert.Empty(DockerfileFormatter.FormatOnType(syntax, new TextPosition(4, 7), '\\', s_default));
        Assert.Empty(DockerfileFormatter.FormatOnType(syntax, new TextPosition(1, 7), '`', s_default));
    }

    [Fact]
    public void AnAlreadyFormattedFileHasNoEdits()
    {
        Assert.Empty(DockerfileFormatter.FormatDocument(DockerfileParser.Parse("FROM a\nRUN b \\\n\tc\n"), s_default));
    }
}

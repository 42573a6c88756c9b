using Containers.Engine.Dockerfile.Syntax;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile;

public sealed class DockerfileParserTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ParsesInstructionsWithKeywordAndArgumentRanges(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM alpine:3.20 AS build\n\n  run   echo hi\n", eol));

        Assert.Equal(2, syntax.Instructions.Count);
        var from = Assert.IsType<FromInstruction>(syntax.Instructions[0]);
        Token("FROM", "0:0-0:4", from.Keyword);
        Token("alpine:3.20", "0:5-0:16", from.Image);
        Token("build", "0:20-0:25", from.StageName);
        Range("0:0-0:25", from.Range);

        var run = syntax.Instructions[1];
        Assert.Equal(InstructionKind.Run, run.Kind);
        Token("run", "2:2-2:5", run.Keyword);
        Assert.Equal("echo hi", run.ArgumentsText);
        Range("2:8-2:15", run.ArgumentsRange);
        Assert.Equal(["echo", "hi"], run.Arguments.Select(a => a.Text));
        Assert.Equal(4, syntax.LineCount);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void JoinsLineContinuationsAndKeepsExactRanges(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM a\nRUN apt-get update \\\n    && apt-get install \\  \n  -y curl\nCMD x\n", eol));

        var run = syntax.Instructions[1];
        Assert.Equal("apt-get update     && apt-get install   -y curl", run.ArgumentsText);
        Token("&&", "2:4-2:6", run.Arguments[2]);
        Token("-y", "3:2-3:4", run.Arguments[5]);
        Range("1:0-3:9", run.Range);
        Assert.Equal(InstructionKind.Cmd, syntax.Instructions[2].Kind);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void AWordSplitByAContinuationSpansBothLines(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM a\nRUN ech\\\no hi\n", eol));

        Token("echo", "1:4-2:1", syntax.Instructions[1].Arguments[0]);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void KeepsCommentsAndEmptyLinesInsideContinuationsOutOfTheLogicalLine(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM a\nRUN one \\\n  # a comment\n\n  two\n# top level\n", eol));

        var run = syntax.Instructions[1];
        Assert.Equal(["one", "two"], run.Arguments.Select(a => a.Text));
        var comment = Assert.Single(run.Comments);
        Assert.Equal(" a comment", comment.Text);
        Range("2:2-2:13", comment.Range);
        Assert.Equal([3], run.EmptyContinuationLines);
        var topLevel = Assert.Single(syntax.Comments);
        Range("5:0-5:11", topLevel.Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void HonoursTheEscapeDirective(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir c:\\ `\n    /b\n", eol));

        Assert.Equal('`', syntax.EscapeCharacter);
        var directive = Assert.Single(syntax.Directives);
        Token("escape", "0:2-0:8", directive.Name);
        Token("`", "0:9-0:10", directive.Value);
        var run = syntax.Instructions[1];
        Assert.Equal(["dir", "c:\\", "/b"], run.Arguments.Select(a => a.Text));
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void DirectivesEndAtTheFirstOtherLine(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("# syntax=docker/dockerfile:1\n# note\n# escape=`\nFROM a\n", eol));

        var directive = Assert.Single(syntax.Directives);
        Assert.Equal("docker/dockerfile:1", directive.Value.Text);
        Assert.Equal('\\', syntax.EscapeCharacter);
        Assert.Equal(2, syntax.Comments.Count);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void AnInvalidEscapeValueKeepsTheBackslash(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("#escape = x \nFROM a\n", eol));

        Token("x", "0:10-0:11", Assert.Single(syntax.Directives).Value);
        Assert.Equal('\\', syntax.EscapeCharacter);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void RecognisesJsonFormOnlyWhereTheBuilderDoes(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM a\nCMD [ \"sh\", \"-c\" , \"echo \\\"hi\\\"\" ]\nENTRYPOINT [\"broken\"\nLABEL [\"x\"]\nRUN []\n", eol));

        var cmd = syntax.Instructions[1];
        Assert.Equal(InstructionForm.Json, cmd.Form);
        Assert.Equal(["sh", "-c", "echo \"hi\""], cmd.Arguments.Select(a => a.Text));
        Range("1:6-1:10", cmd.Arguments[0].Range);
        Range("1:19-1:32", cmd.Arguments[2].Range);
        Assert.Equal(InstructionForm.Shell, syntax.Instructions[2].Form);
        Assert.Equal(InstructionForm.Shell, syntax.Instructions[3].Form);
        Assert.Equal(InstructionForm.Json, syntax.Instructions[4].Form);
        Assert.Empty(syntax.Instructions[4].Arguments);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ParsesFlagsBeforeArguments(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM a\nCOPY --from=build --link --chown= src/ /app/\n", eol));

        var copy = syntax.Instructions[1];
        Assert.Equal(3, copy.Flags.Count);
        Token("from", "1:7-1:11", copy.Flags[0].Name);
        Token("build", "1:12-1:17", copy.Flags[0].Value);
        Range("1:5-1:17", copy.Flags[0].Range);
        Assert.Null(copy.Flags[1].Value);
        Token("", "1:33-1:33", copy.Flags[2].Value);
        Assert.Equal(["src/", "/app/"], copy.Arguments.Select(a => a.Text));
        Assert.Equal("src/ /app/", copy.ArgumentsText);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void QuotesGroupWordsAndKeepTheirQuotes(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM a\nLABEL description=\"a b\" other='c d' e=f\\ g\n", eol));

        Assert.Equal(["description=\"a b\"", "other='c d'", "e=f\\ g"], syntax.Instructions[1].Arguments.Select(a => a.Text));
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ParsesTheOnbuildTrigger(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM a\nONBUILD  COPY --chown=1 . /src\n", eol));

        var onbuild = Assert.IsType<OnbuildInstruction>(syntax.Instructions[1]);
        Assert.Empty(onbuild.Flags);
        var trigger = onbuild.Trigger;
        Assert.NotNull(trigger);
        Assert.Equal(InstructionKind.Copy, trigger.Kind);
        Token("COPY", "1:9-1:13", trigger.Keyword);
        Token("chown", "1:16-1:21", Assert.Single(trigger.Flags).Name);
        Assert.Equal([".", "/src"], trigger.Arguments.Select(a => a.Text));
    }

    [Fact]
    public void AChainedOnbuildIsParsedOneLevelDeepOnly()
    {
        var syntax = DockerfileParser.Parse("FROM a\n" + string.Concat(Enumerable.Repeat("ONBUILD ", 200_000)) + "RUN x\n");

        var onbuild = Assert.IsType<OnbuildInstruction>(syntax.Instructions[1]);
        var trigger = Assert.IsType<OnbuildInstruction>(onbuild.Trigger);
        Assert.Null(trigger.Trigger);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void HeredocBodiesBelongToTheirInstruction(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM a\nRUN <<EOF\necho hi\nFROM not-an-instruction\nEOF\nCOPY <<-\"A\" << B /dst/\n\tone\n\tA\ntwo\nB\nCMD done\n", eol));

        Assert.Equal([InstructionKind.From, InstructionKind.Run, InstructionKind.Copy, InstructionKind.Cmd], syntax.Instructions.Select(i => i.Kind));
        var run = syntax.Instructions[1];
        var heredoc = Assert.Single(run.Heredocs);
        Assert.Equal("EOF", heredoc.Name);
        Token("<<EOF", "1:4-1:9", heredoc.Marker);
        Assert.NotNull(heredoc.BodyRange);
        Range("2:0-3:23", heredoc.BodyRange.Value);
        Token("EOF", "4:0-4:3", heredoc.Terminator);
        Range("1:0-4:3", run.Range);

        var copy = syntax.Instructions[2];
        Assert.Equal(2, copy.Heredocs.Count);
        Assert.True(copy.Heredocs[0].StripsLeadingTabs);
        Assert.Equal("A", copy.Heredocs[0].Name);
        Assert.Equal("B", copy.Heredocs[1].Name);
        Token("<< B", "5:12-5:16", copy.Heredocs[1].Marker);
        Token("B", "9:0-9:1", copy.Heredocs[1].Terminator);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ShellArithmeticIsNotAHeredoc(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM a\nRUN echo $((1 << 2)) <<<here\nCMD x\n", eol));

        Assert.Empty(syntax.Instructions[1].Heredocs);
        Assert.Equal(3, syntax.Instructions.Count);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void AnUnterminatedHeredocRunsToTheEnd(string eol)
    {
        var syntax = DockerfileParser.Parse(Text("FROM a\nRUN cat <<EOF\nline\nCMD x", eol));

        var heredoc = Assert.Single(syntax.Instructions[1].Heredocs);
        Assert.Null(heredoc.Terminator);
        Range("2:0-3:5", heredoc.BodyRange!.Value);
        Assert.Equal(2, syntax.Instructions.Count);
    }

    [Fact]
    public void AByteOrderMarkTakesNoColumn()
    {
        var syntax = DockerfileParser.Parse("\uFEFFFROM a\nRUN b\n");

        Assert.True(syntax.HasByteOrderMark);
        Token("FROM", "0:0-0:4", syntax.Instructions[0].Keyword);
        Token("a", "0:5-0:6", syntax.Instructions[0].Arguments[0]);
        Assert.Equal(1, syntax.Instructions[0].Keyword.Span.Start);
    }

    [Fact]
    public void AByteOrderMarkDoesNotHideADirective()
    {
        var syntax = DockerfileParser.Parse("\uFEFF# escape=`\nFROM a\n");

        Assert.Equal('`', syntax.EscapeCharacter);
    }

    [Fact]
    public void ColumnsCountUtf16CodeUnits()
    {
        var syntax = DockerfileParser.Parse("FROM a\nLABEL x=\"😀\" y=1\n");

        // The emoji is a surrogate pair: two columns.
        Token("y=1", "1:13-1:16", syntax.Instructions[1].Arguments[1]);
    }

    [Fact]
    public void ALoneCarriageReturnEndsALine()
    {
        var syntax = DockerfileParser.Parse("FROM a\rRUN b \\\rc\r");

        Assert.Equal(2, syntax.Instructions.Count);
        Token("c", "2:0-2:1", syntax.Instructions[1].Arguments[1]);
    }

    [Fact]
    public void AContinuationAtTheEndOfTheFileEndsTheInstruction()
    {
        var syntax = DockerfileParser.Parse("FROM a\nRUN b \\\n\n");

        var run = syntax.Instructions[1];
        Assert.Equal(["b"], run.Arguments.Select(a => a.Text));
        Range("1:0-1:7", run.Range);
    }

    [Fact]
    public void SpansMapBackToTheText()
    {
        const string text = "FROM a AS b\r\nRUN x \\\r\n y\r\n";
        var syntax = DockerfileParser.Parse(text);

        var run = syntax.Instructions[1];
        Assert.Equal("RUN x \\\r\n y", text[run.Span.Start..run.Span.End]);
        Assert.Equal("y", text.Substring(run.Arguments[1].Span.Start, run.Arguments[1].Span.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\\")]
    [InlineData("#")]
    [InlineData("# escape=")]
    [InlineData("RUN <<")]
    [InlineData("RUN <<-")]
    [InlineData("RUN << \"")]
    [InlineData("CMD [\"\\u12")]
    [InlineData("ONBUILD")]
    [InlineData("ONBUILD ONBUILD ONBUILD")]
    [InlineData("COPY --")]
    [InlineData("COPY --=")]
    [InlineData("\r\n\r")]
    [InlineData("\uFEFF")]
    [InlineData("\"unterminated")]
    public void NeverThrowsOnMalformedText(string text)
    {
        var syntax = DockerfileParser.Parse(text);

        AssertWellFormed(syntax);
    }

    [Fact]
    public void NeverThrowsOnRandomText()
    {
        const string alphabet = "RUN FROM COPY ONBUILD <<EOF\n\r\\`#=\"'[],--x \t😀\uFEFF";
        var random = new Random(20261128);
        for (var i = 0; i < 2000; i++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            AssertWellFormed(DockerfileParser.Parse(new string(chars)));
        }
    }

    private static void AssertWellFormed(DockerfileSyntax syntax)
    {
        var previous = new TextPosition(0, 0);
        foreach (var instruction in syntax.Instructions)
        {
            Assert.True(instruction.Range.Start >= previous, "instructions are in order");
            Assert.True(instruction.Range.Start <= instruction.Range.End);
            Assert.InRange(instruction.Span.End, instruction.Span.Start, syntax.Text.Length);
            Assert.InRange(instruction.Range.End.Line, 0, syntax.LineCount - 1);
            foreach (var argument in instruction.Arguments)
            {
                Assert.True(instruction.Range.Start <= argument.Range.Start && argument.Range.End <= instruction.Range.End);
            }

            previous = instruction.Range.End;
        }
    }
}

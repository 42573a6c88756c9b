using Containers.Engine.Dockerfile.Syntax;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile;

/// <summary>
/// Argument tokens are made when first read, from words kept relative to their instruction (ArgumentWords). Their
/// places must be exactly what the whole text's line map says, on every line an instruction continues onto, and
/// every read must give the same tokens.
/// </summary>
public sealed class ArgumentTokensTests
{
    public static TheoryData<string> Texts => new()
    {
        "RUN apk add \\\n    curl \\\n  # a comment inside\n\n    && echo \"a b\" \\\n    done\n",
        "RUN a\\\r\n  b \\\r\n  c\r\nCMD [ \"x\", \r\n \"y\" ]\r\n",
        "\uFEFFFROM alpine AS base\nENV A=1 \\\n    B=2\n",
        "# escape=`\nFROM mcr/windows\nRUN dir `\n    c:\\ `\n    /s\n",
        "FROM a\nONBUILD RUN echo one \\\n    two\nONBUILD COPY --from=x a \\\n  b\n",
        "FROM a\nRUN <<EOF cat \\\n  > /x\nbody $A\nEOF\nLABEL a=b\n",
        "RUN ec\\\nho split word\nRUN\nRUN   \n",
        "RUN one \\\ntwo\\\nthree\n",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void EveryArgumentIsWhereTheLineMapPutsItsSpan(string text) => AssertArgumentPlaces(text);

    [Fact]
    public void EveryArgumentOfTheCorpusIsWhereTheLineMapPutsItsSpan()
    {
        foreach (var file in Directory.GetFiles(CorpusDirectory))
        {
            AssertArgumentPlaces(File.ReadAllText(file));
        }
    }

    [Fact]
    public void ArgumentsReadTwiceOrFromManyThreadsAreTheSameTokens()
    {
        var syntax = DockerfileParser.Parse("FROM a\nRUN one two \\\n  three\n");
        var run = syntax.Instructions[1];
        var seen = new IReadOnlyList<SyntaxToken>[16];
        Parallel.For(0, seen.Length, i => seen[i] = run.Arguments);

        Assert.All(seen, tokens => Assert.Same(seen[0], tokens));
        Assert.Same(seen[0], run.Arguments);
        Assert.Equal(["one", "two", "three"], run.Arguments.Select(a => a.Text));
        Range("2:2-2:7", run.Arguments[2].Range);
    }

    [Fact]
    public void AnEditBelowAnInstructionMovesItsArgumentsWithIt()
    {
        var before = "FROM a\nRUN one \\\n  two\n";
        var snapshot = Containers.Engine.Dockerfile.DockerfileSnapshot.Create(before, 1);
        _ = snapshot.Syntax.Instructions[1].Arguments;

        // Two lines inserted above the RUN: the re-parse moves it, and its words, without parsing it again.
        var after = snapshot.Update("FROM a\n# one\n# two\nRUN one \\\n  two\n", 2).Syntax;

        var run = after.Instructions[1];
        Range("3:4-3:7", run.Arguments[0].Range);
        Range("4:2-4:5", run.Arguments[1].Range);
        AssertArgumentPlaces(after);
    }

    private static void AssertArgumentPlaces(string text) => AssertArgumentPlaces(DockerfileParser.Parse(text));

    private static void AssertArgumentPlaces(DockerfileSyntax syntax)
    {
        foreach (var instruction in syntax.Instructions)
        {
            AssertArgumentPlaces(syntax, instruction);
            if (instruction is OnbuildInstruction { Trigger: { } trigger })
            {
                AssertArgumentPlaces(syntax, trigger);
            }
        }
    }

    private static void AssertArgumentPlaces(DockerfileSyntax syntax, Instruction instruction)
    {
        foreach (var token in instruction.Arguments)
        {
            var expected = new TextRange(syntax.GetPosition(token.Span.Start), syntax.GetPosition(token.Span.End));
            Assert.True(expected == token.Range, $"{instruction.Keyword.Text} argument '{token.Text}' at {token.Span}: {token.Range}, the line map says {expected}");
        }

        for (var i = 0; i < instruction.Arguments.Count; i++)
        {
            Assert.Equal(instruction.Arguments[i].Span, instruction.ArgumentSpan(i));
        }
    }
}

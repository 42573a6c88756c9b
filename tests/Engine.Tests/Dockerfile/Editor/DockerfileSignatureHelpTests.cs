using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Editor;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Tests.Dockerfile.Editor;

/// <summary>Signature help as plain engine calls: forms, active flag and parameter (issue #10).</summary>
public sealed class DockerfileSignatureHelpTests
{
    [Theory]
    [InlineData("FROM --platform=linux/arm64 alpine AS x\n", 0, 9, "[--platform=<platform>]")]
    [InlineData("FROM alpine AS x\n", 0, 6, "<image>")]
    [InlineData("FROM alpine AS x\n", 0, 12, "AS")]
    [InlineData("FROM alpine \n", 0, 12, "AS")]
    [InlineData("FROM scratch\nCOPY --chmod=755 a b /c/\n", 1, 8, "[--chmod=<perms>]")]
    [InlineData("FROM scratch\nCOPY a b /c/\n", 1, 5, "<src>...")]
    [InlineData("FROM scratch\nCOPY a b /c/\n", 1, 11, "<dest>")]
    [InlineData("FROM scratch\nCOPY a \n", 1, 7, "<dest>")]
    [InlineData("FROM scratch\nRUN --net\n", 1, 8, "[--network=<default|none|host>]")]
    [InlineData("FROM scratch\nRUN echo hi\n", 1, 6, "<command>")]
    [InlineData("FROM scratch\nARG V=1\n", 1, 5, "<name>")]
    [InlineData("FROM scratch\nARG V=1\n", 1, 7, "[=<default value>]")]
    [InlineData("FROM scratch\nENV A B\n", 1, 7, "<value> ...")]
    [InlineData("FROM scratch\nUSER app:staff\n", 1, 11, "[:<group>]")]
    [InlineData("FROM scratch\nHEALTHCHECK --retries=3 CMD true\n", 1, 28, "<command>")]
    [InlineData("FROM scratch\nONBUILD COPY a /b\n", 1, 15, "<dest>")]
    public void TracksTheActiveParameter(string text, int line, int character, string expected)
    {
        var help = DockerfileSignatureHelp.Get(DockerfileSnapshot.Create(text, 1), new TextPosition(line, character));

        Assert.NotNull(help);
        Assert.NotNull(help.ActiveParameter);
        Assert.Equal(expected, help.Signatures[help.ActiveSignature].Parameters[help.ActiveParameter.Value].Label);
    }

    [Fact]
    public void EveryParameterLabelIsPartOfItsSignature()
    {
        foreach (var keyword in new[] { "FROM a", "ADD a b", "COPY a b", "RUN a", "CMD a", "ENTRYPOINT a", "SHELL [\"a\"]", "ENV a=b", "LABEL a=b", "ARG a", "EXPOSE 1", "USER a", "STOPSIGNAL 9", "WORKDIR /", "VOLUME /a", "MAINTAINER a", "HEALTHCHECK CMD a", "ONBUILD RUN a" })
        {
            var help = DockerfileSignatureHelp.Get(DockerfileSnapshot.Create($"FROM scratch\n{keyword} \n", 1), new TextPosition(1, keyword.Length));

            Assert.NotNull(help);
            Assert.All(help.Signatures, s => Assert.All(s.Parameters, p => Assert.Contains(p.Label, s.Label, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void PicksExecOrShellFormAndHealthcheckNone()
    {
        var snapshot = DockerfileSnapshot.Create("FROM scratch\nCMD [\"a\", \"b\"]\nCMD a b\nHEALTHCHECK NONE\n", 1);

        Assert.Equal(0, DockerfileSignatureHelp.Get(snapshot, new TextPosition(1, 6))!.ActiveSignature);
        Assert.Equal(1, DockerfileSignatureHelp.Get(snapshot, new TextPosition(2, 6))!.ActiveSignature);
        Assert.Equal("HEALTHCHECK [--interval=<duration>] [--timeout=<duration>] [--start-period=<duration>] [--start-interval=<duration>] [--retries=<n>] NONE",
            DockerfileSignatureHelp.Get(snapshot, new TextPosition(3, 14))!.Signatures[1].Label);
        Assert.Equal(1, DockerfileSignatureHelp.Get(snapshot, new TextPosition(3, 14))!.ActiveSignature);
    }

    [Fact]
    public void GivesNothingOnTheKeywordOrOutsideInstructions()
    {
        var snapshot = DockerfileSnapshot.Create("# a comment\nFROM scratch\n", 1);

        Assert.Null(DockerfileSignatureHelp.Get(snapshot, new TextPosition(0, 4)));
        Assert.Null(DockerfileSignatureHelp.Get(snapshot, new TextPosition(1, 2)));
        Assert.Null(DockerfileSignatureHelp.Get(snapshot, new TextPosition(5, 0)));
    }

    [Fact]
    public void AnUnknownFlagHasNoActiveParameter()
    {
        var help = DockerfileSignatureHelp.Get(DockerfileSnapshot.Create("FROM scratch\nCOPY --nope=1 a b\n", 1), new TextPosition(1, 8));

        Assert.NotNull(help);
        Assert.Null(help.ActiveParameter);
    }
}

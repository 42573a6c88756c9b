using Containers.Engine.Dockerfile.Analysis.Rules;
using Containers.Engine.Tests.Dockerfile.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Semantics;

/// <summary>The rules that read the semantic model: UndefinedArgInFrom, UndefinedVar, InvalidDefaultArgInFrom, InvalidStageIndex.</summary>
public sealed class SemanticRulesTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAnUndeclaredArgInFromWithASuggestion(string eol)
    {
        var diagnostic = Assert.Single(RuleRunner.Of("UndefinedArgInFrom", Text("ARG VERSION=1\nFROM alpine:$VERSON\nFROM alpine:${TARGETARCH}\n", eol)));

        Assert.Equal(UndefinedArgInFromRule.Message("VERSON", "VERSION"), diagnostic.Message);
        Assert.Equal("FROM argument 'VERSON' is not declared (did you mean VERSION?)", diagnostic.Message);
        Range("1:13-1:19", diagnostic.Range);
    }

    [Fact]
    public void AnArgDeclaredInsideAStageDoesNotCountForTheNextFrom()
    {
        var diagnostic = Assert.Single(RuleRunner.Of("UndefinedArgInFrom", "FROM alpine\nARG IMG=busybox\nFROM $IMG\n"));

        Assert.Equal(UndefinedArgInFromRule.Message("IMG", null), diagnostic.Message);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAnUndefinedVariableInAStageWhoseEnvironmentIsKnown(string eol)
    {
        var diagnostics = RuleRunner.Of("UndefinedVar", Text("FROM scratch AS base\nARG NAME=x\nCOPY $NAME /$NAM\nRUN echo $UNDEFINED_IN_SHELL\nFROM base\nWORKDIR /$HOME\n", eol));

        Assert.Equal(2, diagnostics.Length);
        Assert.Equal(UndefinedVarRule.Message("NAM", "NAME"), diagnostics[0].Message);
        Assert.Equal("Usage of undefined variable '$NAM' (did you mean $NAME?)", diagnostics[0].Message);
        Range("2:13-2:16", diagnostics[0].Range);
        Assert.Equal(UndefinedVarRule.Message("HOME", null), diagnostics[1].Message);
    }

    [Fact]
    public void NeverReportsUndefinedVariablesWhenTheBaseImageMayDefineThem()
    {
        Assert.Empty(RuleRunner.Of("UndefinedVar", "FROM eclipse-temurin\nENV PATH=$JAVA_HOME/bin:$PATH\nWORKDIR $HOME\nFROM scratch\nRUN echo $X\nCMD echo $Y\n"));
    }

    [Fact]
    public void ReportsAnEmptyBaseImageFromArgDefaults()
    {
        var diagnostics = RuleRunner.Of("InvalidDefaultArgInFrom", "ARG IMAGE\nARG TAG\nARG OK=alpine\nFROM $IMAGE\nFROM alpine:$TAG\nFROM $OK\nFROM ${IMAGE:-busybox}\nFROM busybox:$TARGETARCH\n");

        Assert.Equal(2, diagnostics.Length);
        Assert.Equal(InvalidDefaultArgInFromRule.Message("$IMAGE"), diagnostics[0].Message);
        Range("3:5-3:11", diagnostics[0].Range);
        Assert.Equal(InvalidDefaultArgInFromRule.Message("alpine:$TAG"), diagnostics[1].Message);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsStageIndexesThatNameNoOtherStage(string eol)
    {
        var diagnostics = RuleRunner.Of("InvalidStageIndex", Text("FROM alpine\nFROM alpine\nCOPY --from=1 /a /a\nCOPY --from=2 /a /a\nRUN --mount=from=5,target=/x true\nCOPY --from=0 /a /a\n", eol));

        Assert.Equal(3, diagnostics.Length);
        Assert.Equal(InvalidStageIndexRule.Message("1", 2, isCurrent: true), diagnostics[0].Message);
        Range("2:12-2:13", diagnostics[0].Range);
        Assert.Equal(InvalidStageIndexRule.Message("2", 2, isCurrent: false), diagnostics[1].Message);
        Assert.Equal("Stage index 2 does not exist (the Dockerfile has 2 stages)", diagnostics[1].Message);
        Range("4:17-4:18", diagnostics[2].Range);
    }
}

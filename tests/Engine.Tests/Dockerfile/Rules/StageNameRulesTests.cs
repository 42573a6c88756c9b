using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>DuplicateStageNameRule, ReservedStageNameRule and InvalidStageNameRule.</summary>
public sealed class StageNameRulesTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsEveryOccurrenceOfADuplicateStageNameIgnoringCase(string eol)
    {
        var diagnostics = RuleRunner.Of("DuplicateStageName", Text("FROM a AS build\nFROM b AS other\nFROM c AS Build\n", eol));

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(DuplicateStageNameRule.Message("build"), d.Message));
        Assert.All(diagnostics, d => Assert.Equal((10, DiagnosticSeverity.Warning), (d.DockerfileUtilsCode, d.Severity)));
        Range("0:10-0:15", diagnostics[0].Range);
        Range("2:10-2:15", diagnostics[1].Range);
    }

    [Theory]
    [InlineData("scratch")]
    [InlineData("Context")]
    public void WarnsAboutReservedStageNames(string name)
    {
        var diagnostic = Assert.Single(RuleRunner.Of("ReservedStageName", $"FROM alpine AS {name}\n"));

        Assert.Equal(ReservedStageNameRule.Message(name), diagnostic.Message);
        Assert.Null(diagnostic.DockerfileUtilsCode);
        Range("0:15-0:" + (15 + name.Length), diagnostic.Range);
    }

    [Theory]
    [InlineData("1build")]
    [InlineData("my/stage")]
    [InlineData("a:b")]
    [InlineData("$NAME")]
    public void ReportsStageNamesBuildKitRejects(string name)
    {
        var diagnostic = Assert.Single(RuleRunner.Of("InvalidStageName", $"FROM alpine AS {name}\n"));

        Assert.Equal(InvalidStageNameRule.Message(name), diagnostic.Message);
        Assert.Equal(12, diagnostic.DockerfileUtilsCode);
    }

    [Fact]
    public void AcceptsValidDistinctStageNamesAndScratchAsAnImage()
    {
        Assert.Empty(RuleRunner.Diagnostics("FROM scratch AS build-1.x_y\nFROM build-1.x_y AS test\nFROM scratch\n"));
    }
}

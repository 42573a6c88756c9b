using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>
/// The BuildKit build checks added for issue #9's remaining list: ConsistentInstructionCasing, JSONArgsRecommended,
/// RedundantTargetPlatform, FromPlatformFlagConstDisallowed; and UnterminatedHeredoc (a BuildKit parse error).
/// </summary>
public sealed class BuildKitFormAndPlatformRulesTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsAboutKeywordsOutsideTheMajorityCasingAndMixedCaseKeywords(string eol)
    {
        var diagnostics = RuleRunner.Of("ConsistentInstructionCasing", Text("FROM a\nrun x\nRUN y\nCopy a b\n", eol));

        Assert.Equal([1, 3], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(ConsistentInstructionCasingRule.Message("run", lowercase: false), diagnostics[0].Message);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[0].Severity);
        Range("1:0-1:3", diagnostics[0].Range);
        Range("3:0-3:4", diagnostics[1].Range);
    }

    [Fact]
    public void ALowercaseMajorityMakesUppercaseKeywordsTheOddOnes()
    {
        var diagnostics = RuleRunner.Of("ConsistentInstructionCasing", "from a\nrun x\nRUN y\n");

        Assert.Equal(ConsistentInstructionCasingRule.Message("RUN", lowercase: true), Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void ArgsBeforeTheFirstFromAreNeitherCountedNorReported()
    {
        Assert.Empty(RuleRunner.Of("ConsistentInstructionCasing", "arg A=1\narg B=2\narg C=3\nFROM a\nRUN x\n"));
    }

    [Fact]
    public void ConsistentlyLowercaseFilesAreFine()
    {
        Assert.Empty(RuleRunner.Diagnostics("from scratch\ncopy a /b\nworkdir /app\n"));
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void RecommendsJsonArgumentsForShellFormCmdAndEntrypointUntilShellIsSet(string eol)
    {
        var diagnostics = RuleRunner.Of("JSONArgsRecommended", Text(
            "FROM a AS one\nCMD echo hi\nENTRYPOINT [\"/x\"]\nFROM a AS two\nSHELL [\"/bin/bash\", \"-c\"]\nENTRYPOINT exec /x\nFROM two\nCMD run\nFROM a\nentrypoint /x\n", eol));

        Assert.Equal([1, 9], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(JsonArgsRecommendedRule.Message("CMD"), diagnostics[0].Message);
        Assert.Equal(JsonArgsRecommendedRule.Message("ENTRYPOINT"), diagnostics[1].Message);
        Range("1:4-1:11", diagnostics[0].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsAboutARedundantTargetPlatform(string eol)
    {
        var diagnostics = RuleRunner.Of("RedundantTargetPlatform", Text(
            "FROM --platform=$TARGETPLATFORM a\nFROM --platform=${TARGETPLATFORM} b\nFROM --platform=$BUILDPLATFORM c\n", eol));

        Assert.Equal([0, 1], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(RedundantTargetPlatformRule.Message("$TARGETPLATFORM"), diagnostics[0].Message);
        Range("0:16-0:31", diagnostics[0].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsAboutAConstantPlatformUnlessTheStageNameSaysSo(string eol)
    {
        var diagnostics = RuleRunner.Of("FromPlatformFlagConstDisallowed", Text(
            "FROM --platform=linux/amd64 a\nFROM --platform=linux/arm64 b AS build-arm64\nFROM --platform=windows/amd64 c AS windows\nFROM --platform=$BUILDPLATFORM d\nFROM --platform=linux/s390x e AS other\n", eol));

        Assert.Equal([0, 4], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(FromPlatformFlagConstDisallowedRule.Message("linux/amd64"), diagnostics[0].Message);
        Range("0:16-0:27", diagnostics[0].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAnUnterminatedHeredocOnItsMarker(string eol)
    {
        var diagnostics = RuleRunner.Of("UnterminatedHeredoc", Text("FROM a\nRUN <<EOF\necho hi\nEOF\nCOPY <<ONE <<TWO /x\n1\nONE\n2\n", eol));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(UnterminatedHeredocRule.Message("TWO"), diagnostic.Message);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Range("4:11-4:16", diagnostic.Range);
    }

    [Fact]
    public void BuildChecksSkippedByTheCheckDirectiveAreNotReported()
    {
        var text = "# check=skip=JSONArgsRecommended,ConsistentInstructionCasing\nFROM a\nCMD x\nrun y\n";

        Assert.Empty(RuleRunner.Diagnostics(text));
    }
}

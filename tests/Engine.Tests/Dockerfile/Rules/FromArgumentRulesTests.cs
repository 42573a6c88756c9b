using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>FromArgumentCountRule and InvalidAsRule: BuildKit's parseBuildStageName.</summary>
public sealed class FromArgumentRulesTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsTwoOrMoreThanThreeWordsAfterTheImage(string eol)
    {
        var diagnostics = RuleRunner.Diagnostics(Text("FROM a AS\nFROM --platform=$BUILDPLATFORM b AS c d\n", eol));

        Assert.Equal(["FromArgumentCount", "FromArgumentCount"], diagnostics.Select(d => d.RuleId));
        Assert.All(diagnostics, d => Assert.Equal((FromArgumentCountRule.Message(), 8), (d.Message, d.DockerfileUtilsCode ?? 0)));
        Range("0:7-0:9", diagnostics[0].Range);
        Range("1:33-1:39", diagnostics[1].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsASecondWordThatIsNotAs(string eol)
    {
        var diagnostic = Assert.Single(RuleRunner.Diagnostics(Text("FROM a\nFROM b IS c\n", eol)));

        Assert.Equal(("InvalidAs", InvalidAsRule.Message(), 22), (diagnostic.RuleId, diagnostic.Message, diagnostic.DockerfileUtilsCode ?? 0));
        Range("1:7-1:9", diagnostic.Range);
    }

    [Fact]
    public void AcceptsOneOrThreeWordsWithAsInAnyCase()
    {
        Assert.Empty(RuleRunner.Diagnostics("# check=skip=ConsistentInstructionCasing\nFROM a\nFROM --platform=$BUILDPLATFORM b AS c\nfrom d as e\n"));
    }

    [Fact]
    public void IgnoresTheFlagsOfHealthcheckNoneAsBuildKitDoes()
    {
        Assert.Empty(RuleRunner.Diagnostics("FROM a\nHEALTHCHECK --bogus --interval=5 --interval=1x NONE\n"));
    }
}

using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

public sealed class UnknownFlagRuleTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAFlagTheInstructionDoesNotHaveWithDockerfileUtilsCodePerInstruction(string eol)
    {
        var diagnostics = RuleRunner.Of("UnknownFlag", Text(
            "FROM --plaform=linux/amd64 alpine\nCOPY --form=build a b\nADD --chmown=1 a b\nHEALTHCHECK --interval=1s --retry=3 CMD x\nRUN --mnt=type=cache,target=/x \\\n    echo\n", eol));

        Assert.Equal([41, 40, 39, 42, null], diagnostics.Select(d => d.DockerfileUtilsCode));
        Assert.Equal(UnknownFlagRule.Message("FROM", "plaform"), diagnostics[0].Message);
        Assert.Equal("Unknown flag for RUN: --mnt", diagnostics[4].Message);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Range("0:5-0:26", diagnostics[0].Range);
        Range("3:26-3:35", diagnostics[3].Range);
        Range("4:4-4:30", diagnostics[4].Range);
    }

    [Fact]
    public void ChecksOnbuildTriggersAndIsCaseSensitiveAsBuildKit()
    {
        var diagnostics = RuleRunner.Of("UnknownFlag", "FROM a\nONBUILD COPY --From=x a b\n");

        Assert.Equal(UnknownFlagRule.Message("COPY", "From"), Assert.Single(diagnostics).Message);
        Range("1:13-1:21", diagnostics[0].Range);
    }

    [Theory]
    [InlineData("ADD --unpack=true --keep-git-dir --checksum=sha256:0 --exclude=*.md --link --chown=1 --chmod=644 a /b/")]
    [InlineData("COPY --from=x --chown=1 --chmod=644 --link --parents --exclude=*.md a /b/")]
    [InlineData("RUN --mount=type=bind,source=.,target=/src --network=host --security=insecure --device=gpu true")]
    [InlineData("HEALTHCHECK --interval=1s --timeout=1s --start-period=0s --start-interval=1s --retries=1 CMD true")]
    [InlineData("CMD --help")]
    public void AcceptsEveryFlagBuildKitHas(string instruction)
    {
        Assert.Empty(RuleRunner.Diagnostics($"FROM --platform=linux/arm64 alpine AS a-arm64\n{instruction}\n"));
    }
}

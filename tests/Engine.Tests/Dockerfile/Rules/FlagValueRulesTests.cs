using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>FlagMissingValueRule, FlagExpectedBooleanValueRule and FlagDuplicateRule: BuildKit's BFlags.</summary>
public sealed class FlagValueRulesTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAValueFlagWrittenWithoutEquals(string eol)
    {
        var diagnostics = RuleRunner.Of("FlagMissingValue", Text("FROM --platform alpine\nCOPY --from build --link a b\nRUN --mount true\n", eol));

        Assert.Equal([FlagMissingValueRule.Message("platform"), FlagMissingValueRule.Message("from"), FlagMissingValueRule.Message("mount")], diagnostics.Select(d => d.Message));
        Assert.All(diagnostics, d => Assert.Equal(18, d.DockerfileUtilsCode));
        Range("1:5-1:11", diagnostics[1].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsABooleanFlagWithAnotherValue(string eol)
    {
        var diagnostics = RuleRunner.Of("FlagExpectedBooleanValue", Text("FROM a\nCOPY --link=yes --parents= a b/\nADD --keep-git-dir=1 a b\n", eol));

        Assert.Equal(
            [FlagExpectedBooleanValueRule.Message("link", "yes"), FlagExpectedBooleanValueRule.Message("parents", ""), FlagExpectedBooleanValueRule.Message("keep-git-dir", "1")],
            diagnostics.Select(d => d.Message));
        Assert.All(diagnostics, d => Assert.Equal(48, d.DockerfileUtilsCode));
        Range("1:12-1:15", diagnostics[0].Range);
        Range("1:16-1:26", diagnostics[1].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsEveryOccurrenceOfAFlagAllowedOnce(string eol)
    {
        var diagnostics = RuleRunner.Of("FlagDuplicate", Text("FROM a\nCOPY --chown=1 --exclude=a --exclude=b --chown=2 a b\nHEALTHCHECK --retries=1 --retries=2 CMD x\n", eol));

        Assert.Equal([1, 1, 2, 2], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(FlagDuplicateRule.Message("chown"), diagnostics[0].Message);
        Assert.All(diagnostics, d => Assert.Equal(14, d.DockerfileUtilsCode));
        Range("1:5-1:14", diagnostics[0].Range);
    }

    [Fact]
    public void AcceptsBareBooleansAnyCaseBooleansVariablesAndRepeatedMounts()
    {
        Assert.Empty(RuleRunner.Diagnostics(
            "FROM a\nCOPY --link --parents=TRUE --exclude=a --exclude=b a b/\nADD --link=$LINK --unpack=False a b\n"
            + "RUN --mount=type=cache,target=/a --mount=type=tmpfs,target=/b true\n"));
    }
}

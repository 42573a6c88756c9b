using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>OnbuildChainingDisallowedRule and OnbuildTriggerDisallowedRule.</summary>
public sealed class OnbuildRulesTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsChainedOnbuildOnTheSecondKeyword(string eol)
    {
        var diagnostic = Assert.Single(RuleRunner.Diagnostics(Text("FROM a\nONBUILD onbuild RUN x\n", eol)));

        Assert.Equal("OnbuildChainingDisallowed", diagnostic.RuleId);
        Assert.Equal((OnbuildChainingDisallowedRule.Message(), 29), (diagnostic.Message, diagnostic.DockerfileUtilsCode));
        Range("1:8-1:15", diagnostic.Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsFromAndMaintainerAsTriggers(string eol)
    {
        var diagnostics = RuleRunner.Of("OnbuildTriggerDisallowed", Text("FROM a\nONBUILD FROM b\nONBUILD maintainer me\n", eol));

        Assert.Equal([OnbuildTriggerDisallowedRule.Message("FROM"), OnbuildTriggerDisallowedRule.Message("maintainer")], diagnostics.Select(d => d.Message));
        Assert.All(diagnostics, d => Assert.Equal(30, d.DockerfileUtilsCode));
        Range("2:8-2:18", diagnostics[1].Range);
    }

    [Fact]
    public void AcceptsOrdinaryTriggers()
    {
        Assert.Empty(RuleRunner.Diagnostics("FROM a\nONBUILD RUN --mount=type=cache,target=/c make\nONBUILD HEALTHCHECK NONE\nONBUILD COPY --link . /src\n"));
    }
}

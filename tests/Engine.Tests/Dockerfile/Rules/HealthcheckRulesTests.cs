using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>The HEALTHCHECK argument rules: missing, unknown type, NONE with arguments, CMD without command.</summary>
public sealed class HealthcheckRulesTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsEachMalformedHealthcheck(string eol)
    {
        var diagnostics = RuleRunner.Diagnostics(Text(
            "FROM a\nHEALTHCHECK --interval=5s\nHEALTHCHECK RUN x\nHEALTHCHECK NONE now \\\n  please\nHEALTHCHECK --retries=2 cmd\n", eol));

        Assert.Equal(
            [("HealthcheckArgumentMissing", 5), ("HealthcheckUnknownType", 43), ("HealthcheckNoneArguments", 9), ("HealthcheckCmdArgumentMissing", 46)],
            diagnostics.Where(d => d.RuleId != "MultipleInstructionsDisallowed").Select(d => (d.RuleId, d.DockerfileUtilsCode ?? 0)));
        var byRule = diagnostics.ToDictionary(d => d.RuleId == "MultipleInstructionsDisallowed" ? d.RuleId + d.Range.Start.Line : d.RuleId);
        Assert.Equal(HealthcheckArgumentMissingRule.Message(), byRule["HealthcheckArgumentMissing"].Message);
        Range("1:0-1:11", byRule["HealthcheckArgumentMissing"].Range);
        Assert.Equal(HealthcheckUnknownTypeRule.Message("RUN"), byRule["HealthcheckUnknownType"].Message);
        Range("2:12-2:15", byRule["HealthcheckUnknownType"].Range);
        Range("3:17-4:8", byRule["HealthcheckNoneArguments"].Range);
        Range("5:24-5:27", byRule["HealthcheckCmdArgumentMissing"].Range);
    }

    [Theory]
    [InlineData("HEALTHCHECK NONE")]
    [InlineData("healthcheck none")]
    [InlineData("HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1")]
    [InlineData("HEALTHCHECK Cmd [\"/bin/check\", \"--fast\"]")]
    public void AcceptsValidHealthchecks(string healthcheck)
    {
        Assert.Empty(RuleRunner.Diagnostics($"# check=skip=ConsistentInstructionCasing\nFROM a\n{healthcheck}\n"));
    }
}

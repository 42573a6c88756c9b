using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>HealthcheckInvalidDurationRule and HealthcheckInvalidRetriesRule: Go durations and integers as BuildKit reads them.</summary>
public sealed class HealthcheckFlagRulesTests
{
    [Theory]
    [InlineData("abc", 15, "Invalid duration for --interval: abc")]
    [InlineData("10", 17, "Missing unit in duration for --interval: 10")]
    [InlineData("1m30", 17, "Missing unit in duration for --interval: 1m30")]
    [InlineData("5x", 19, "Unknown unit in duration for --interval: 5x")]
    [InlineData("-5s", 15, "Interval --interval cannot be negative")]
    [InlineData("500us", 16, "Interval --interval cannot be less than 1ms")]
    public void ReportsDurationsBuildKitRejectsWithDockerfileUtilsCodes(string value, int code, string message)
    {
        var diagnostic = Assert.Single(RuleRunner.Of("HealthcheckInvalidDuration", $"FROM a\nHEALTHCHECK --interval={value} CMD true\n"));

        Assert.Equal((message, code), (diagnostic.Message, diagnostic.DockerfileUtilsCode ?? 0));
        Range($"1:23-1:{23 + value.Length}", diagnostic.Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ChecksEveryDurationFlag(string eol)
    {
        var diagnostics = RuleRunner.Of("HealthcheckInvalidDuration", Text(
            "FROM a\nHEALTHCHECK --interval=1 --timeout=2 \\\n  --start-period=3 --start-interval=4 --retries=5 CMD true\n", eol));

        Assert.Equal(
            [HealthcheckInvalidDurationRule.MissingUnitMessage("interval", "1"), HealthcheckInvalidDurationRule.MissingUnitMessage("timeout", "2"),
             HealthcheckInvalidDurationRule.MissingUnitMessage("start-period", "3"), HealthcheckInvalidDurationRule.MissingUnitMessage("start-interval", "4")],
            diagnostics.Select(d => d.Message));
        Range("2:17-2:18", diagnostics[2].Range);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-1")]
    [InlineData("three")]
    public void ReportsRetriesThatAreNotAWholeNumberOrAreNegative(string value)
    {
        var diagnostic = Assert.Single(RuleRunner.Of("HealthcheckInvalidRetries", $"FROM a\nHEALTHCHECK --retries={value} CMD true\n"));

        Assert.Equal((HealthcheckInvalidRetriesRule.Message(value), 28), (diagnostic.Message, diagnostic.DockerfileUtilsCode ?? 0));
        Range($"1:22-1:{22 + value.Length}", diagnostic.Range);
    }

    [Theory]
    [InlineData("--interval=0 --timeout=0s --start-period=0s --start-interval=0ms --retries=0")]
    [InlineData("--interval=1h2m3.5s --timeout=1.5s --start-period=.5s --start-interval=1ms --retries=10")]
    [InlineData("--interval=+30s --timeout=100\u00b5s1ms --start-period=1000000ns --retries=3")]
    [InlineData("--interval= --retries=")]
    [InlineData("--interval=$INTERVAL --retries=$RETRIES")]
    public void AcceptsWhatBuildKitAccepts(string flags)
    {
        Assert.Empty(RuleRunner.Diagnostics($"FROM a\nHEALTHCHECK {flags} CMD true\n"));
    }
}

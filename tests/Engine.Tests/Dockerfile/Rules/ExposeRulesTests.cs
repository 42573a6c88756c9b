using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>InvalidPortRule and InvalidProtocolRule: EXPOSE as BuildKit (go-connections nat) reads it.</summary>
public sealed class ExposeRulesTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsPortsOutOfRangeDescendingRangesAndNonNumbers(string eol)
    {
        var diagnostics = RuleRunner.Of("InvalidPort", Text("FROM a\nEXPOSE 80 70000 9010-9000/tcp http -1 \\\n  8080-\n", eol));

        Assert.Equal(
            [InvalidPortRule.Message("70000"), InvalidPortRule.Message("9010-9000"), InvalidPortRule.Message("http"), InvalidPortRule.Message("-1"), InvalidPortRule.Message("8080-")],
            diagnostics.Select(d => d.Message));
        Assert.All(diagnostics, d => Assert.Equal(24, d.DockerfileUtilsCode));
        Range("1:10-1:15", diagnostics[0].Range);
        Range("2:2-2:7", diagnostics[4].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAnUnknownProtocol(string eol)
    {
        var diagnostic = Assert.Single(RuleRunner.Of("InvalidProtocol", Text("FROM a\nEXPOSE 80/tcp 53/icmp\n", eol)));

        Assert.Equal(InvalidProtocolRule.Message("icmp"), diagnostic.Message);
        Assert.Equal(25, diagnostic.DockerfileUtilsCode);
        Range("1:14-1:21", diagnostic.Range);
    }

    [Theory]
    [InlineData("EXPOSE 0 65535 1-65535 80/tcp 80/udp 80/sctp 80/TCP 80/")]
    [InlineData("EXPOSE $PORT ${PORT:-80}/udp \"8080\" 80/$PROTO")]
    [InlineData("EXPOSE 127.0.0.1:80:8080")]
    public void AcceptsWhatBuildKitAccepts(string expose)
    {
        var diagnostics = RuleRunner.Diagnostics($"FROM a\n{expose}\n");

        Assert.DoesNotContain(diagnostics, d => d.RuleId is "InvalidPort" or "InvalidProtocol");
    }
}

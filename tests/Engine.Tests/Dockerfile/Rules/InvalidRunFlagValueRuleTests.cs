using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

public sealed class InvalidRunFlagValueRuleTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsNetworkSecurityAndMountTypeValuesBuildKitRejects(string eol)
    {
        var diagnostics = RuleRunner.Of("InvalidRunFlagValue", Text(
            "FROM a\nRUN --network=internet --security=yolo \\\n    --mount=target=/x,type=volume true\n", eol));

        Assert.Equal(
            [
                InvalidRunFlagValueRule.Message("network", "internet", ["default", "none", "host"]),
                InvalidRunFlagValueRule.Message("security", "yolo", ["sandbox", "insecure"]),
                InvalidRunFlagValueRule.Message("mount", "volume", ["bind", "cache", "tmpfs", "secret", "ssh"]),
            ],
            diagnostics.Select(d => d.Message));
        Assert.All(diagnostics, d => Assert.Null(d.DockerfileUtilsCode));
        Range("1:14-1:22", diagnostics[0].Range);
        Range("2:12-2:33", diagnostics[2].Range);
    }

    [Theory]
    [InlineData("RUN --network=none --network=host true")]
    [InlineData("RUN --network=default --security=insecure true")]
    [InlineData("RUN --mount=target=/src true")]
    [InlineData("RUN --mount=type=Secret,id=a --mount=type=ssh --mount=type=bind,from=build,source=/o,target=/i true")]
    [InlineData("RUN --network=$NET --mount=type=$TYPE true")]
    [InlineData("ONBUILD RUN --mount=type=cache,target=/c true")]
    public void AcceptsValuesBuildKitAccepts(string run)
    {
        Assert.DoesNotContain(RuleRunner.Diagnostics($"FROM a\n{run}\n"), d => d.RuleId == "InvalidRunFlagValue");
    }
}

using Containers.Engine.Specs;

namespace Containers.Engine.Tests.Specs;

public class PortSpecTests
{
    [Theory]
    [InlineData("80", 80, null, null, "tcp")]
    [InlineData("8080:80", 80, 8080, null, "tcp")]
    [InlineData("127.0.0.1:53:53/udp", 53, 53, "127.0.0.1", "udp")]
    [InlineData("127.0.0.1::80", 80, null, "127.0.0.1", "tcp")]
    [InlineData("127.0.0.1:0:80", 80, null, "127.0.0.1", "tcp")]
    [InlineData("[::1]:8080:80/sctp", 80, 8080, "::1", "sctp")]
    [InlineData("80/UDP", 80, null, null, "udp")]
    public void ParsesTheDockerCliForms(string text, int container, int? host, string? ip, string protocol)
    {
        PortSpec spec = Assert.Single(PortSpec.Parse(text));
        Assert.Equal(container, spec.ContainerPort);
        Assert.Equal(host, spec.HostPort);
        Assert.Equal(ip, spec.HostIP);
        Assert.Equal(protocol, spec.Protocol);
        Assert.Equal($"{container}/{protocol}", spec.Key);
    }

    [Fact]
    public void ExpandsEqualRanges()
    {
        IReadOnlyList<PortSpec> specs = PortSpec.Parse("8000-8002:80-82");
        Assert.Equal([80, 81, 82], specs.Select(s => s.ContainerPort));
        Assert.Equal([8000, 8001, 8002], specs.Select(s => s.HostPort!.Value));
    }

    [Theory]
    [InlineData("99999:80", "not a valid host port")]
    [InlineData("80:0", "not a valid container port")]
    [InlineData("abc", "not a valid container port")]
    [InlineData("80/icmp", "protocol 'icmp'")]
    [InlineData("1.2.3:80:80", "not an IP address")]
    [InlineData("a:b:c:d", "not a port spec")]
    [InlineData("8000-8001:80-85", "different lengths")]
    [InlineData("90-80", "not a valid container port")]
    public void RejectsBadSpecsWithAReason(string text, string reason)
    {
        FormatException e = Assert.Throws<FormatException>(() => PortSpec.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }
}

using Containers.Engine.Specs;

namespace Containers.Engine.Tests.Specs;

public class VolumeAndMountSpecTests
{
    [Theory]
    [InlineData("data:/data", "data", "/data", false, false, "data:/data")]
    [InlineData("/host:/c:ro", "/host", "/c", true, true, "/host:/c:ro")]
    [InlineData("/anon", null, "/anon", false, false, "/anon")]
    [InlineData("./rel:/c:rw,z", "./rel", "/c", false, true, "./rel:/c:rw,z")]
    public void ParsesVolumeSpecs(string text, string? source, string target, bool readOnly, bool isBind, string bind)
    {
        VolumeSpec spec = VolumeSpec.Parse(text);
        Assert.Equal(source, spec.Source);
        Assert.Equal(target, spec.Target);
        Assert.Equal(readOnly, spec.ReadOnly);
        Assert.Equal(isBind, spec.IsBind);
        Assert.Equal(bind, spec.Bind);
    }

    [Theory]
    [InlineData("data:relative", "must be absolute")]
    [InlineData(":/data", "is empty")]
    [InlineData("data:/data:rx", "'rx' is not a volume option")]
    [InlineData("a:/b:ro:x", "not a volume spec")]
    public void RejectsBadVolumeSpecs(string text, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => VolumeSpec.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void ParsesMountSpecsWithTheCliAliases()
    {
        MountSpec m = MountSpec.Parse("type=bind,src=/host,dst=/c,readonly");
        Assert.Equal(("bind", "/host", "/c", true), (m.Type, m.Source, m.Target, m.ReadOnly));
        MountSpec t = MountSpec.Parse("type=tmpfs,target=/run");
        Assert.Equal(("tmpfs", null, "/run", false), (t.Type, t.Source, t.Target, t.ReadOnly));
    }

    [Theory]
    [InlineData("type=nfs,target=/x", "not volume, bind or tmpfs")]
    [InlineData("type=bind,target=/x", "needs a source")]
    [InlineData("source=v", "absolute target")]
    [InlineData("type=volume,target=/x,colour=red", "'colour'")]
    public void RejectsBadMountSpecs(string text, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => MountSpec.Parse(text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("512m", 512L * 1024 * 1024)]
    [InlineData("1.5g", 1536L * 1024 * 1024)]
    [InlineData("1024", 1024L)]
    [InlineData("64MB", 64L * 1024 * 1024)]
    [InlineData("2k", 2048L)]
    public void ParsesDockerByteSizes(string text, long bytes) => Assert.Equal(bytes, ByteSize.Parse(text));

    [Theory]
    [InlineData("12q")]
    [InlineData("-5m")]
    [InlineData("")]
    public void RejectsBadSizes(string text) => Assert.Throws<FormatException>(() => ByteSize.Parse(text));

    [Theory]
    [InlineData("no", "no", 0)]
    [InlineData("always", "always", 0)]
    [InlineData("unless-stopped", "unless-stopped", 0)]
    [InlineData("on-failure:3", "on-failure", 3)]
    public void ParsesRestartPolicies(string text, string name, int retries)
    {
        RestartPolicy policy = RestartPolicy.Parse(text);
        Assert.Equal((name, retries), (policy.Name, policy.MaximumRetryCount));
        Assert.Equal(text, policy.ToString());
    }

    [Theory]
    [InlineData("sometimes")]
    [InlineData("always:3")]
    [InlineData("on-failure:x")]
    public void RejectsBadRestartPolicies(string text) => Assert.Throws<FormatException>(() => RestartPolicy.Parse(text));
}

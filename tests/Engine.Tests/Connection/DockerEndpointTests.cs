using Containers.Engine.Connection;

namespace Containers.Engine.Tests.Connection;

public class DockerEndpointTests
{
    [Theory]
    [InlineData("unix:///var/run/docker.sock", EndpointKind.Unix, "unix:///var/run/docker.sock", "/var/run/docker.sock")]
    [InlineData("/run/user/1000/docker.sock", EndpointKind.Unix, "unix:///run/user/1000/docker.sock", "/run/user/1000/docker.sock")]
    [InlineData("tcp://10.0.0.5:2376", EndpointKind.Tcp, "tcp://10.0.0.5:2376", "10.0.0.5:2376")]
    [InlineData("tcp://docker.example", EndpointKind.Tcp, "tcp://docker.example:2375", "docker.example:2375")]
    [InlineData("http://127.0.0.1:2375", EndpointKind.Tcp, "tcp://127.0.0.1:2375", "127.0.0.1:2375")]
    [InlineData("https://docker.example", EndpointKind.Tcp, "https://docker.example:2376", "docker.example:2376")]
    [InlineData("tcp://[::1]:2375", EndpointKind.Tcp, "tcp://[::1]:2375", "[::1]:2375")]
    [InlineData("npipe:////./pipe/docker_engine", EndpointKind.NamedPipe, "npipe:////./pipe/docker_engine", @"\\.\pipe\docker_engine")]
    [InlineData("npipe://./pipe/dockerDesktopLinuxEngine", EndpointKind.NamedPipe, "npipe:////./pipe/dockerDesktopLinuxEngine", @"\\.\pipe\dockerDesktopLinuxEngine")]
    [InlineData("ssh://me@box.example:2222", EndpointKind.Ssh, "ssh://me@box.example:2222", "me@box.example:2222")]
    [InlineData("ssh://box.example", EndpointKind.Ssh, "ssh://box.example:22", "box.example:22")]
    public void ParsesTheDockerCliUrlForms(string text, EndpointKind kind, string url, string address)
    {
        DockerEndpoint endpoint = DockerEndpoint.Parse(text);
        Assert.Equal(kind, endpoint.Kind);
        Assert.Equal(url, endpoint.Url);
        Assert.Equal(address, endpoint.Address);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("docker.sock", "not a Docker host URL")]
    [InlineData("ftp://host", "unsupported scheme 'ftp'")]
    [InlineData("unix://relative.sock", "no absolute socket path")]
    [InlineData("tcp://", "no valid host")]
    public void RejectsWhatTheCliRejectsWithAReason(string text, string reason)
    {
        Assert.False(DockerEndpoint.TryParse(text, out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        ArgumentException thrown = Assert.Throws<ArgumentException>(() => DockerEndpoint.Parse(text));
        Assert.Contains(reason, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HttpsEndpointsUseTls()
    {
        Assert.True(DockerEndpoint.Parse("https://h:1").UseTls);
        Assert.False(DockerEndpoint.Parse("tcp://h:1").UseTls);
    }
}

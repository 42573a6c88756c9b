using Containers.Engine.Connection;

namespace Containers.Engine.Tests.Connection;

/// <summary>The ssh command line, as the docker CLI's connhelper builds it (issue #8).</summary>
public sealed class SshCommandTests
{
    [Theory]
    [InlineData("ssh://me@box.example:2222", "-o ConnectTimeout=10 -T -l me -p 2222 -- box.example docker system dial-stdio")]
    // No port in the URL: no -p, so a Port in ssh's own config applies (the CLI passes only what the URL says).
    [InlineData("ssh://box.example", "-o ConnectTimeout=10 -T -- box.example docker system dial-stdio")]
    [InlineData("ssh://me@box.example/run/user/1000/docker.sock", "-o ConnectTimeout=10 -T -l me -- box.example docker --host=unix:///run/user/1000/docker.sock system dial-stdio")]
    [InlineData("ssh://me@[::1]:22", "-o ConnectTimeout=10 -T -l me -p 22 -- ::1 docker system dial-stdio")]
    public void BuildsTheCommandLineTheDockerCliBuilds(string url, string expected)
    {
        IReadOnlyList<string> args = SshCommand.Arguments(DockerEndpoint.Parse(url), TimeSpan.FromSeconds(10));
        Assert.Equal(expected, string.Join(' ', args));
    }

    [Theory]
    [InlineData("ssh://me:secret@box.example", "plain-text passwords are not supported")]
    [InlineData("ssh://box.example?x=1", "query parameters are not allowed")]
    [InlineData("ssh://box.example#frag", "fragments are not allowed")]
    public void RejectsWhatTheDockerCliRejects(string url, string message)
    {
        Assert.False(DockerEndpoint.TryParse(url, out _, out string? error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}

using Containers.Engine.Connection;
using Containers.Tests;

namespace Containers.Engine.Tests.Connection;

/// <summary>Resolution order as the docker CLI's resolveContextName, with contexts written by the real CLI.</summary>
public sealed class EndpointResolverTests : IDisposable
{
    private readonly string _config = Directory.CreateTempSubdirectory("containers-config-").FullName;
    private readonly Dictionary<string, string?> _environment = [];

    public EndpointResolverTests() => _environment["DOCKER_CONFIG"] = _config;

    public void Dispose() => Directory.Delete(_config, recursive: true);

    private string? Env(string name) => _environment.GetValueOrDefault(name);

    private void CliCreateContext(string name, string host, string description = "") =>
        DockerCli.Run(new Dictionary<string, string> { ["DOCKER_CONFIG"] = _config },
            "context", "create", name, "--docker", "host=" + host, "--description", description);

    [Fact]
    public void DefaultsToThePlatformSocket()
    {
        ResolvedEndpoint resolved = EndpointResolver.Resolve(getEnvironmentVariable: Env);
        Assert.Equal("unix:///var/run/docker.sock", resolved.Endpoint.Url);
        Assert.Equal("default", resolved.ContextName);
    }

    [Fact]
    public void DockerHostWinsOverDockerContextAndCurrentContext()
    {
        CliCreateContext("other", "tcp://127.0.0.1:2999");
        _environment["DOCKER_HOST"] = "tcp://127.0.0.1:1234";
        _environment["DOCKER_CONTEXT"] = "other";
        ResolvedEndpoint resolved = EndpointResolver.Resolve(getEnvironmentVariable: Env);
        Assert.Equal("tcp://127.0.0.1:1234", resolved.Endpoint.Url);
        Assert.Equal("default", resolved.ContextName);
    }

    [Fact]
    public void ReadsAContextTheDockerCliWrote()
    {
        CliCreateContext("remote-a", "tcp://127.0.0.1:2999", "written by the docker CLI");
        var store = new ContextStore(_config);
        DockerContext? context = store.Find("remote-a");
        Assert.NotNull(context);
        Assert.Equal("tcp://127.0.0.1:2999", context.Host);
        Assert.Equal("written by the docker CLI", context.Description);
        Assert.Contains(store.List(), c => c.Name == "remote-a");
    }

    [Fact]
    public void DockerContextSelectsAStoredContext()
    {
        CliCreateContext("remote-b", "tcp://127.0.0.1:2998");
        _environment["DOCKER_CONTEXT"] = "remote-b";
        ResolvedEndpoint resolved = EndpointResolver.Resolve(getEnvironmentVariable: Env);
        Assert.Equal("tcp://127.0.0.1:2998", resolved.Endpoint.Url);
        Assert.Equal("remote-b", resolved.ContextName);
    }

    [Fact]
    public void CurrentContextSetByDockerContextUseIsFollowed()
    {
        CliCreateContext("remote-c", "tcp://127.0.0.1:2997");
        DockerCli.Run(new Dictionary<string, string> { ["DOCKER_CONFIG"] = _config }, "context", "use", "remote-c");
        ResolvedEndpoint resolved = EndpointResolver.Resolve(getEnvironmentVariable: Env);
        Assert.Equal("tcp://127.0.0.1:2997", resolved.Endpoint.Url);
        Assert.Equal("remote-c", resolved.ContextName);
    }

    [Fact]
    public void AnExplicitContextWinsOverDockerHost()
    {
        CliCreateContext("remote-d", "tcp://127.0.0.1:2996");
        _environment["DOCKER_HOST"] = "tcp://127.0.0.1:1234";
        Assert.Equal("tcp://127.0.0.1:2996", EndpointResolver.Resolve("remote-d", getEnvironmentVariable: Env).Endpoint.Url);
    }

    [Fact]
    public void TheDefaultContextMeansDockerHostOrTheSocket()
    {
        _environment["DOCKER_HOST"] = "tcp://127.0.0.1:1234";
        Assert.Equal("tcp://127.0.0.1:1234", EndpointResolver.Resolve("default", getEnvironmentVariable: Env).Endpoint.Url);
    }

    [Fact]
    public void AnUnknownContextIsAnErrorNamingIt()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => EndpointResolver.Resolve("nope", getEnvironmentVariable: Env));
        Assert.Contains("'nope'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostAndContextTogetherAreRefusedLikeTheCli() =>
        Assert.Throws<ArgumentException>(() => EndpointResolver.Resolve("default", "tcp://h:1", Env));

    [Fact]
    public void AnExplicitHostWinsOverTheEnvironment()
    {
        _environment["DOCKER_HOST"] = "tcp://127.0.0.1:1234";
        Assert.Equal("unix:///tmp/x.sock", EndpointResolver.Resolve(explicitHost: "unix:///tmp/x.sock", getEnvironmentVariable: Env).Endpoint.Url);
    }

    [Fact]
    public void ABrokenConfigJsonIsReportedWithItsPath()
    {
        File.WriteAllText(Path.Combine(_config, "config.json"), "{ not json");
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => EndpointResolver.Resolve(getEnvironmentVariable: Env));
        Assert.Contains("config.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContextIdsAreTheSha256OfTheName() =>
        // The CLI's own id for "default" (shown by `docker context inspect`): a known SHA-256 vector.
        Assert.Equal("37a8eec1ce19687d132fe29051dca629d164e2c4958ba141d5f4133a33f0688f", ContextStore.ContextId("default"));
}

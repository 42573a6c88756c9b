using Containers.Engine.Connection;

namespace Containers.Engine.Tests.Connection;

/// <summary>How the environment's TLS variables shape the endpoint, as the docker CLI's flag defaults do (cli/flags/options.go).</summary>
public sealed class EndpointResolverTlsTests : IDisposable
{
    private readonly string _certs = Directory.CreateTempSubdirectory("ct-certs-").FullName;

    public void Dispose() => Directory.Delete(_certs, recursive: true);

    private ResolvedEndpoint Resolve(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        map.TryAdd("DOCKER_CONFIG", _certs);
        return EndpointResolver.Resolve(getEnvironmentVariable: n => map.GetValueOrDefault(n));
    }

    [Fact]
    public void WithoutTlsVariablesTcpIsPlain()
    {
        DockerEndpoint endpoint = Resolve(("DOCKER_HOST", "tcp://10.0.0.1")).Endpoint;
        Assert.False(endpoint.UseTls);
        Assert.Null(endpoint.Tls);
        Assert.Equal("tcp://10.0.0.1:2375", endpoint.Url);
    }

    [Fact]
    public void DockerTlsVerifyTurnsOnVerifiedTlsAndThe2376Convention()
    {
        File.WriteAllText(Path.Combine(_certs, "cert.pem"), "");
        File.WriteAllText(Path.Combine(_certs, "key.pem"), "");
        DockerEndpoint endpoint = Resolve(("DOCKER_HOST", "tcp://10.0.0.1"), ("DOCKER_TLS_VERIFY", "1"), ("DOCKER_CERT_PATH", _certs)).Endpoint;
        Assert.True(endpoint.UseTls);
        Assert.Equal("tcp://10.0.0.1:2376", endpoint.Url);
        Assert.False(endpoint.Tls!.SkipVerify);
        // ca.pem is kept although absent, so connecting says it is missing; cert/key are used because they exist.
        Assert.Equal(Path.Combine(_certs, "ca.pem"), endpoint.Tls.CaFile);
        Assert.Equal(Path.Combine(_certs, "cert.pem"), endpoint.Tls.CertFile);
        Assert.Equal(Path.Combine(_certs, "key.pem"), endpoint.Tls.KeyFile);
    }

    [Fact]
    public void AnExplicitPortStaysAndAbsentClientFilesAreDroppedLikeTheCliDoes()
    {
        DockerEndpoint endpoint = Resolve(("DOCKER_HOST", "tcp://10.0.0.1:2375"), ("DOCKER_TLS_VERIFY", "0")).Endpoint;
        Assert.Equal("tcp://10.0.0.1:2375", endpoint.Url);
        Assert.Null(endpoint.Tls!.CertFile);
        Assert.Null(endpoint.Tls.KeyFile);
        // DOCKER_CERT_PATH unset: the config folder.
        Assert.Equal(Path.Combine(_certs, "ca.pem"), endpoint.Tls.CaFile);
    }

    [Fact]
    public void DockerTlsAloneIsTlsWithoutVerification()
    {
        DockerEndpoint endpoint = Resolve(("DOCKER_HOST", "tcp://10.0.0.1:9999"), ("DOCKER_TLS", "1")).Endpoint;
        Assert.True(endpoint.UseTls);
        Assert.True(endpoint.Tls!.SkipVerify);
        Assert.Null(endpoint.Tls.CaFile);
    }

    [Fact]
    public void TlsVariablesDoNotApplyToUnixSockets()
    {
        DockerEndpoint endpoint = Resolve(("DOCKER_HOST", "unix:///tmp/x.sock"), ("DOCKER_TLS_VERIFY", "1")).Endpoint;
        Assert.False(endpoint.UseTls);
        Assert.Null(endpoint.Tls);
    }

    [Fact]
    public void HttpsWithoutVariablesVerifiesAgainstTheSystemRoots()
    {
        DockerEndpoint endpoint = Resolve(("DOCKER_HOST", "https://engine.example")).Endpoint;
        Assert.True(endpoint.UseTls);
        Assert.Null(endpoint.Tls);
        Assert.Equal("https://engine.example:2376", endpoint.Url);
    }
}

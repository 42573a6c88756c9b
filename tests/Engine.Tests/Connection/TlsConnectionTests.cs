using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Engine.Tests.Connection;

/// <summary>
/// TLS against a real second dockerd started with --tlsverify (issue #8), with the docker CLI as the oracle: where it
/// connects we connect to the same engine, where it refuses we refuse and name the certificate problem.
/// </summary>
public sealed class TlsConnectionTests : IClassFixture<SecondEngine>, IDisposable
{
    private readonly SecondEngine _engine;
    private readonly string _config = Directory.CreateTempSubdirectory("ct-tls-config-").FullName;

    public TlsConnectionTests(SecondEngine engine) => _engine = engine;

    public void Dispose() => Directory.Delete(_config, recursive: true);

    [Fact]
    public async Task ConnectsWithVerificationAndAClientCertificateToTheSameEngineTheCliReaches()
    {
        using EngineClient client = await EngineClient.ConnectAsync(_engine.TlsEndpoint, null, CancellationToken.None);
        EngineInfo info = await client.System.InfoAsync(CancellationToken.None);
        // Both daemons share /etc/docker/key.json and so their ID; the data root tells them apart.
        Assert.Equal(DockerCli.Run([.. _engine.CliTlsArgs, "info", "--format", "{{.DockerRootDir}}"]), info.RootDirectory);
        // And it is the second engine, not the shared default one.
        Assert.Equal(DockerCli.Run("--host", _engine.UnixSocket, "info", "--format", "{{.DockerRootDir}}"), info.RootDirectory);
        Assert.NotEqual(DockerCli.Run("info", "--format", "{{.DockerRootDir}}"), info.RootDirectory);
    }

    [Fact]
    public async Task RefusesAnEngineWhoseCertificateIsNotFromTheGivenCaAndSaysSo()
    {
        DockerEndpoint endpoint = DockerEndpoint.Parse(_engine.TcpUrl).WithTls(new TlsMaterial
        {
            CaFile = _engine.WrongCaFile, CertFile = _engine.CertFile, KeyFile = _engine.KeyFile, Source = "test",
        });
        EngineTlsException e = await Assert.ThrowsAsync<EngineTlsException>(() => EngineClient.ConnectAsync(endpoint, null, CancellationToken.None));
        Assert.Equal(TlsProblem.UnknownAuthority, e.Problem);
        Assert.Equal(UnreachableReason.Tls, e.Reason);
        Assert.Equal(
            $"Cannot connect to the Docker engine at {_engine.TcpUrl}: TLS: the engine's certificate (CN=127.0.0.1, issued by CN=containers-test-ca) " +
            $"is signed by an unknown authority: it does not chain to the CA in {_engine.WrongCaFile} (test).", e.Message);
        // The CLI refuses it too, for the same reason.
        var cli = Assert.Throws<InvalidOperationException>(() => DockerCli.Run("--host", _engine.TcpUrl, "--tlsverify", "--tlscacert", _engine.WrongCaFile,
            "--tlscert", _engine.CertFile, "--tlskey", _engine.KeyFile, "version", "--format", "{{.Server.Version}}"));
        Assert.Contains("certificate signed by unknown authority", cli.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAHostNameTheCertificateIsNotForAndListsTheNamesItIsFor()
    {
        DockerEndpoint endpoint = DockerEndpoint.Parse($"tcp://localhost:{_engine.Port}").WithTls(new TlsMaterial
        {
            CaFile = _engine.CaFile, CertFile = _engine.CertFile, KeyFile = _engine.KeyFile, Source = "test",
        });
        EngineTlsException e = await Assert.ThrowsAsync<EngineTlsException>(() => EngineClient.ConnectAsync(endpoint, null, CancellationToken.None));
        Assert.Equal(TlsProblem.NameMismatch, e.Problem);
        Assert.EndsWith("is not valid for 'localhost'; it is valid for '127.0.0.1'.", e.Message, StringComparison.Ordinal);
        var cli = Assert.Throws<InvalidOperationException>(() => DockerCli.Run("--host", $"tcp://localhost:{_engine.Port}", "--tlsverify", "--tlscacert", _engine.CaFile,
            "--tlscert", _engine.CertFile, "--tlskey", _engine.KeyFile, "version", "--format", "{{.Server.Version}}"));
        Assert.Contains("x509: certificate is not valid for any names, but wanted to match localhost", cli.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingCaFileIsNamedBeforeAnyConnection()
    {
        string missing = Path.Combine(_config, "nope", "ca.pem");
        DockerEndpoint endpoint = DockerEndpoint.Parse(_engine.TcpUrl).WithTls(new TlsMaterial { CaFile = missing, Source = "DOCKER_CERT_PATH" });
        EngineTlsException e = await Assert.ThrowsAsync<EngineTlsException>(() => EngineClient.ConnectAsync(endpoint, null, CancellationToken.None));
        Assert.Equal(TlsProblem.MissingFile, e.Problem);
        Assert.EndsWith($"TLS: the CA certificate {missing} (DOCKER_CERT_PATH) does not exist.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEngineThatRequiresAClientCertificateWeLackIsAHandshakeFailureWithAHint()
    {
        DockerEndpoint endpoint = DockerEndpoint.Parse(_engine.TcpUrl).WithTls(new TlsMaterial { CaFile = _engine.CaFile, Source = "test" });
        EngineTlsException e = await Assert.ThrowsAsync<EngineTlsException>(() => EngineClient.ConnectAsync(endpoint, null, CancellationToken.None));
        Assert.Equal(TlsProblem.HandshakeFailed, e.Problem);
        Assert.EndsWith("it requires a client certificate and none was given (test): give cert.pem and key.pem signed by the engine's CA.", e.Message, StringComparison.Ordinal);
        Assert.Contains("alert bad certificate", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => DockerCli.Run("--host", _engine.TcpUrl, "--tlsverify", "--tlscacert", _engine.CaFile, "version", "--format", "{{.Server.Version}}"));
    }

    [Fact]
    public async Task DockerTlsVerifyAndDockerCertPathWorkAsForTheCli()
    {
        var environment = new Dictionary<string, string>
        {
            ["DOCKER_HOST"] = _engine.TcpUrl, ["DOCKER_TLS_VERIFY"] = "1", ["DOCKER_CERT_PATH"] = _engine.Directory, ["DOCKER_CONFIG"] = _config,
        };
        ResolvedEndpoint resolved = EndpointResolver.Resolve(getEnvironmentVariable: n => environment.GetValueOrDefault(n));
        Assert.True(resolved.Endpoint.UseTls);
        Assert.Equal(_engine.CaFile, resolved.Endpoint.Tls!.CaFile);
        Assert.Equal(_engine.CertFile, resolved.Endpoint.Tls.CertFile);
        Assert.False(resolved.Endpoint.Tls.SkipVerify);
        using EngineClient client = await EngineClient.ConnectAsync(resolved.Endpoint, null, CancellationToken.None);
        Assert.Equal(DockerCli.Run(environment, "info", "--format", "{{.DockerRootDir}}"), (await client.System.InfoAsync(CancellationToken.None)).RootDirectory);
    }

    [Fact]
    public async Task ReadsTheTlsMaterialOfAContextTheCliCreated()
    {
        var environment = new Dictionary<string, string> { ["DOCKER_CONFIG"] = _config };
        DockerCli.Run(environment, "context", "create", "ct-tls", "--docker",
            $"host={_engine.TcpUrl},ca={_engine.CaFile},cert={_engine.CertFile},key={_engine.KeyFile}");
        ResolvedEndpoint resolved = EndpointResolver.Resolve("ct-tls", getEnvironmentVariable: n => environment.GetValueOrDefault(n));
        string tlsFolder = new ContextStore(_config).TlsDirectory("ct-tls");
        Assert.Equal(Path.Combine(tlsFolder, "ca.pem"), resolved.Endpoint.Tls!.CaFile);
        Assert.Equal(Path.Combine(tlsFolder, "key.pem"), resolved.Endpoint.Tls.KeyFile);
        using EngineClient client = await EngineClient.ConnectAsync(resolved.Endpoint, null, CancellationToken.None);
        Assert.Equal(DockerCli.Run(environment, "--context", "ct-tls", "info", "--format", "{{.DockerRootDir}}"), (await client.System.InfoAsync(CancellationToken.None)).RootDirectory);
    }

    [Fact]
    public async Task AContextWithSkipTlsVerifyConnectsWithoutACa()
    {
        var environment = new Dictionary<string, string> { ["DOCKER_CONFIG"] = _config };
        DockerCli.Run(environment, "context", "create", "ct-skip", "--docker",
            $"host={_engine.TcpUrl},cert={_engine.CertFile},key={_engine.KeyFile},skip-tls-verify=true");
        ResolvedEndpoint resolved = EndpointResolver.Resolve("ct-skip", getEnvironmentVariable: n => environment.GetValueOrDefault(n));
        Assert.True(resolved.Endpoint.Tls!.SkipVerify);
        Assert.Null(resolved.Endpoint.Tls.CaFile);
        using EngineClient client = await EngineClient.ConnectAsync(resolved.Endpoint, null, CancellationToken.None);
        Assert.Equal(DockerCli.Run(environment, "--context", "ct-skip", "info", "--format", "{{.DockerRootDir}}"), (await client.System.InfoAsync(CancellationToken.None)).RootDirectory);
    }
}

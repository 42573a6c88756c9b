using System.Diagnostics;
using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Engine;

/// <summary>What users see when the engine is not there, and how -Context / -DockerHost / $env:DOCKER_HOST choose it.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class EngineConnectionTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly string _config = Directory.CreateTempSubdirectory("containers-config-").FullName;

    public EngineConnectionTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => Directory.Delete(_config, recursive: true);

    [Theory]
    [InlineData("Get-Container")]
    [InlineData("Get-ContainerImage")]
    [InlineData("Get-ContainerVolume")]
    [InlineData("Get-ContainerEngine")]
    public void AMissingEngineGivesOneClearErrorNamingTheEndpoint(string cmdlet)
    {
        string socket = $"/tmp/ct-absent-{Guid.NewGuid():N}.sock";
        PowerShellSession.Result result = _ps.Run($"{cmdlet} -DockerHost $args[0]", "unix://" + socket);
        ErrorRecord error = Assert.IsType<ErrorRecord>(result.Terminating);
        Assert.Equal($"EngineUnreachable,Containers.{cmdlet.Replace("-", "", StringComparison.Ordinal)}Command", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Equal($"Cannot connect to the Docker engine at unix://{socket}: the socket {socket} does not exist. Is the Docker daemon running?", error.Exception.Message);
        Assert.Empty(result.Output);
    }

    [Fact]
    public void DockerHostFromThePowerShellEnvironmentIsHonoured()
    {
        PowerShellSession.Result result = _ps.Run("$env:DOCKER_HOST = 'tcp://127.0.0.1:9'; try { Get-Container } finally { $env:DOCKER_HOST = $null }");
        ErrorRecord error = Assert.IsType<ErrorRecord>(result.Terminating);
        Assert.Contains("tcp://127.0.0.1:9", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("refused", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidDockerHostIsAnInvalidArgumentError()
    {
        ErrorRecord error = Assert.IsType<ErrorRecord>(_ps.Run("Get-Container -DockerHost 'ftp://x'").Terminating);
        Assert.Equal("InvalidDockerHost,Containers.GetContainerCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("unsupported scheme 'ftp'", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AContextCreatedByTheDockerCliIsUsedAndReportedOnTheObjects()
    {
        var env = new Dictionary<string, string> { ["DOCKER_CONFIG"] = _config };
        DockerCli.Run(env, "context", "create", "ct-local", "--docker", "host=" + EngineUnderTest.Endpoint.Url);
        PowerShellSession.Result result = _ps.Run("""
            $env:DOCKER_CONFIG = $args[0]
            try { Get-ContainerEngine -Context ct-local } finally { $env:DOCKER_CONFIG = $null }
            """, _config);
        ContainerEngineInfo engine = Assert.Single(result.AssertNoErrors().Objects<ContainerEngineInfo>());
        Assert.Equal("ct-local", engine.Context);
        Assert.Equal(EngineUnderTest.Endpoint.Url, engine.DockerHost);
    }

    [Fact]
    public void AnUnknownContextIsAnErrorNamingIt()
    {
        PowerShellSession.Result result = _ps.Run("$env:DOCKER_CONFIG = $args[0]; try { Get-Container -Context nope } finally { $env:DOCKER_CONFIG = $null }", _config);
        ErrorRecord error = Assert.IsType<ErrorRecord>(result.Terminating);
        Assert.Equal("InvalidDockerHost,Containers.GetContainerCommand", error.FullyQualifiedErrorId);
        Assert.Contains("'nope'", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADaemonThatStoppedIsReportedAsRefusedAndNothingHangs()
    {
        // A stopped dockerd leaves its socket file; stand in for it with a socket nobody listens on.
        string path = $"/tmp/ct-stale-{Guid.NewGuid():N}.sock";
        string bound = path + ".bound";
        using (var listener = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified))
        {
            listener.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(bound));
            listener.Listen();
            using Process ln = Process.Start("ln", [bound, path]);
            ln.WaitForExit();
        }
        try
        {
            ErrorRecord error = Assert.IsType<ErrorRecord>(_ps.Run("Get-Container -All -DockerHost $args[0]", "unix://" + path).Terminating);
            Assert.Equal($"Cannot connect to the Docker engine at unix://{path}: the connection was refused. Is the Docker daemon running?", error.Exception.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Engine;

/// <summary>
/// The cmdlets over ssh:// (issue #8), against a private sshd on 127.0.0.1 that reaches the local engine through
/// <c>docker system dial-stdio</c>. The class changes PATH (the ssh wrapper holding the test key), so it runs alone.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class SshEngineTests : IClassFixture<PowerShellSession>, IClassFixture<SshServer>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly SshServer _ssh;
    private readonly TestObjects _objects = new();
    private readonly string _config = Directory.CreateTempSubdirectory("ct-ssh-config-").FullName;

    public SshEngineTests(PowerShellSession ps, SshServer ssh)
    {
        _ps = ps;
        _ssh = ssh;
    }

    public void Dispose()
    {
        _objects.Dispose();
        Directory.Delete(_config, recursive: true);
    }

    [Fact]
    public void GetContainerOverSshListsWhatTheLocalEngineHas()
    {
        _objects.StartRunning("ssh-a", "--network", "none");
        _objects.CreateOnly("ssh-b");
        using IDisposable key = _ssh.UseKey();
        ContainerInfo[] overSsh = _ps.Run("Get-Container -All -Label $args[0] -DockerHost $args[1]", _objects.Label, _ssh.Url).AssertNoErrors().Objects<ContainerInfo>();
        ContainerInfo[] local = _ps.Run("Get-Container -All -Label $args[0]", _objects.Label).AssertNoErrors().Objects<ContainerInfo>();
        Assert.Equal(2, overSsh.Length);
        Assert.Equal(local.Select(c => (c.Id, c.Name, c.State)).Order(), overSsh.Select(c => (c.Id, c.Name, c.State)).Order());
        string[] cli = DockerCli.Lines("--host", _ssh.Url, "ps", "-a", "-q", "--no-trunc", "--filter", "label=" + _objects.Label);
        Assert.Equal(cli.Order(StringComparer.Ordinal), overSsh.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InvokeContainerCommandOverSshTakesTheAsyncPathWithTheSameResults()
    {
        // ssh is no socket the blocking exec can use: without pipeline input the cmdlet falls back to the async path.
        string id = _objects.StartRunning("ssh-exec", "--network", "none");
        const string body = "echo 'grüße ✓'; echo err >&2; printf last";
        string[] expected = DockerCli.Lines("exec", id, "sh", "-c", "exec 2>/dev/null; " + body);
        using IDisposable key = _ssh.UseKey();
        PowerShellSession.Result result = _ps.Run("""
            Invoke-ContainerCommand $args[0] -DockerHost $args[1] -InformationVariable info -- sh -c $args[2]
            "exit=$LASTEXITCODE"
            $info | Where-Object Tags -contains 'stderr' | ForEach-Object { "stderr:$($_.MessageData)" }
            """, _objects.Name("ssh-exec"), _ssh.Url, body + "; exit 4");
        Assert.Equal(["grüße ✓", "last"], expected);
        Assert.Equal([.. expected, "exit=4", "stderr:err"], result.AssertNoErrors().Output.Select(o => o.ToString()));
    }

    [Fact]
    public void AContextTheDockerCliMadeWithAnSshEndpointIsUsed()
    {
        var env = new Dictionary<string, string> { ["DOCKER_CONFIG"] = _config, ["DOCKER_CONTEXT"] = "", ["DOCKER_HOST"] = "" };
        DockerCli.Run(env, "context", "create", "ct-ssh", "--docker", "host=" + _ssh.Url);
        using IDisposable key = _ssh.UseKey();
        PowerShellSession.Result result = _ps.Run("""
            $env:DOCKER_CONFIG = $args[0]
            try { Get-ContainerEngine -Context ct-ssh } finally { $env:DOCKER_CONFIG = $null }
            """, _config).AssertNoErrors();
        ContainerEngineInfo engine = Assert.Single(result.Objects<ContainerEngineInfo>());
        Assert.Equal("ct-ssh", engine.Context);
        Assert.Equal(_ssh.Url, engine.DockerHost);
        Assert.Equal(DockerCli.Run(env, "--context", "ct-ssh", "version", "--format", "{{.Server.Version}}"), engine.Version);
        PowerShellSession.Result test = _ps.Run("""
            $env:DOCKER_CONFIG = $args[0]
            try { Test-ContainerEngine -Context ct-ssh -Quiet } finally { $env:DOCKER_CONFIG = $null }
            """, _config).AssertNoErrors();
        Assert.Equal(true, Assert.Single(test.Output).BaseObject);
    }

    [Fact]
    public void ARefusedKeyIsOneTerminatingConnectionErrorQuotingSsh()
    {
        using IDisposable key = _ssh.UseKey(authorised: false);
        // Another spelling of the same server: the module keeps one connected client per endpoint for the session, and
        // the other tests already connected to _ssh.Url with the right key.
        string url = $"ssh://{SshServer.User}@localhost:{_ssh.Port}";
        PowerShellSession.Result result = _ps.Run("Get-Container -DockerHost $args[0]", url);
        ErrorRecord error = Assert.IsType<ErrorRecord>(result.Terminating);
        Assert.Equal("EngineUnreachable,Containers.GetContainerCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.StartsWith($"Cannot connect to the Docker engine at {url}: ssh exited with code 255: ", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Permission denied (publickey)", error.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }
}

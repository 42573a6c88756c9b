using System.Management.Automation;
using Containers.Engine.Connection;
using Containers.Tests;

namespace Containers.Module.Tests.Context;

/// <summary>
/// Two real engines at once (issue #8): the shared default one and a second dockerd with --tlsverify started for this
/// class. Contexts made by New-ContainerContext reach it with verification, a wrong CA is refused as the CLI refuses it,
/// and -Context a,b lists both engines with every object tagged with its context.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class MultiEngineTests : IClassFixture<PowerShellSession>, IClassFixture<SecondEngine>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly SecondEngine _engine;
    private readonly TestObjects _objects = new();
    private readonly string _config = Directory.CreateTempSubdirectory("ct-multi-").FullName;
    private readonly Dictionary<string, string> _cli;

    public MultiEngineTests(PowerShellSession ps, SecondEngine engine)
    {
        _ps = ps;
        _engine = engine;
        _cli = new Dictionary<string, string> { ["DOCKER_CONFIG"] = _config, ["DOCKER_CONTEXT"] = "", ["DOCKER_HOST"] = "" };
    }

    public void Dispose()
    {
        _objects.Dispose();
        Directory.Delete(_config, recursive: true);
    }

    private PowerShellSession.Result Run(string script, params object[] arguments) => _ps.Run($$"""
        $env:DOCKER_CONFIG = '{{_config}}'
        try { {{script}} } finally { $env:DOCKER_CONFIG = $null }
        """, arguments);

    private void NewTlsContext(string name, string ca) =>
        Run("New-ContainerContext $args[0] -DockerHost $args[1] -CaFile $args[2] -CertFile $args[3] -KeyFile $args[4]",
            name, _engine.TcpUrl, ca, _engine.CertFile, _engine.KeyFile).AssertNoErrors();

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AContextWeWriteWithTlsFilesReachesTheTlsEngineForUsAndForTheCli()
    {
        NewTlsContext("ct-tls", _engine.CaFile);
        string rootDir = DockerCli.Run("--host", _engine.UnixSocket, "info", "--format", "{{.DockerRootDir}}");
        Assert.Equal(rootDir, DockerCli.Run(_cli, "--context", "ct-tls", "info", "--format", "{{.DockerRootDir}}"));
        ContainerEngineInfo engine = Assert.Single(Run("Get-ContainerEngine -Context ct-tls").AssertNoErrors().Objects<ContainerEngineInfo>());
        Assert.Equal("ct-tls", engine.Context);
        Assert.Equal(_engine.TcpUrl, engine.DockerHost);
        // Same files, same private modes as the CLI gives its own copies.
        DockerCli.Run(_cli, "context", "create", "ct-tls-cli", "--docker", $"host={_engine.TcpUrl},ca={_engine.CaFile},cert={_engine.CertFile},key={_engine.KeyFile}");
        var store = new ContextStore(_config);
        foreach (string file in new[] { "ca.pem", "cert.pem", "key.pem" })
        {
            string ours = Path.Combine(store.TlsDirectory("ct-tls"), file);
            string theirs = Path.Combine(store.TlsDirectory("ct-tls-cli"), file);
            Assert.Equal(File.ReadAllBytes(theirs), File.ReadAllBytes(ours));
            Assert.Equal(File.GetUnixFileMode(theirs), File.GetUnixFileMode(ours));
        }
        Assert.Equal(File.GetUnixFileMode(store.TlsDirectory("ct-tls-cli")), File.GetUnixFileMode(store.TlsDirectory("ct-tls")));
    }

    [Fact]
    public void AWrongCaIsRefusedWithACertificateErrorAndTheCliAgrees()
    {
        NewTlsContext("ct-right", _engine.CaFile);
        NewTlsContext("ct-wrong", _engine.WrongCaFile);
        // Same URL, verified connection already open: the wrong CA must still be refused, not ride on it.
        Run("Get-ContainerEngine -Context ct-right").AssertNoErrors();
        ErrorRecord error = Assert.IsType<ErrorRecord>(Run("Get-ContainerEngine -Context ct-wrong").Terminating);
        Assert.Equal("EngineTlsFailed,Containers.GetContainerEngineCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
        Assert.Contains("is signed by an unknown authority: it does not chain to the CA in", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("(context 'ct-wrong')", error.Exception.Message, StringComparison.Ordinal);
        var cli = Assert.Throws<InvalidOperationException>(() => DockerCli.Run(_cli, "--context", "ct-wrong", "version", "--format", "{{.Server.Version}}"));
        Assert.Contains("certificate signed by unknown authority", cli.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FanOutListsBothEnginesTagsEachObjectAndReportsTheUnreachableOneByContext()
    {
        NewTlsContext("ct-fan", _engine.CaFile);
        Run("New-ContainerContext ct-down -DockerHost tcp://127.0.0.1:9").AssertNoErrors();
        _objects.CreateVolume("fan-default");
        DockerCli.Run("--host", _engine.UnixSocket, "volume", "create", "--label", _objects.Label, _objects.Name("fan-tls"));
        PowerShellSession.Result result = Run("$k, $v = $args; Get-ContainerVolume -Context default, ct-down, ct-fan | Where-Object { $_.Labels[$k] -eq $v }",
            TestObjects.RunLabel, _objects.RunId);
        // Ordered as the contexts were given, whatever engine answered first.
        ContainerVolumeInfo[] volumes = result.Objects<ContainerVolumeInfo>();
        Assert.Equal([(_objects.Name("fan-default"), "default"), (_objects.Name("fan-tls"), "ct-fan")], volumes.Select(v => (v.Name, v.Context)));
        Assert.All(result.Output, o => Assert.Equal("Containers.ContainerVolumeInfo#Contexts", o.TypeNames[0]));
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Null(result.Terminating);
        Assert.Equal("EngineUnreachable,Containers.GetContainerVolumeCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.StartsWith("Context 'ct-down': Cannot connect to the Docker engine at tcp://127.0.0.1:9", error.ErrorDetails.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FanOutOfEngineAndNetworkListingsTagsEachEngine()
    {
        NewTlsContext("ct-fan2", _engine.CaFile);
        ContainerEngineInfo[] engines = Run("Get-ContainerEngine -Context ct-fan2, default").AssertNoErrors().Objects<ContainerEngineInfo>();
        Assert.Equal(["ct-fan2", "default"], engines.Select(e => e.Context));
        Assert.Equal(DockerCli.Run("--host", _engine.UnixSocket, "info", "--format", "{{.DockerRootDir}}"), engines[0].RootDirectory);
        Assert.Equal(DockerCli.Run("info", "--format", "{{.DockerRootDir}}"), engines[1].RootDirectory);
        ContainerNetworkInfo[] networks = Run("Get-ContainerNetwork -Context default, ct-fan2 -Name host").AssertNoErrors().Objects<ContainerNetworkInfo>();
        Assert.Equal(["default", "ct-fan2"], networks.Select(n => n.Context));
        Assert.Equal([DockerCli.Run("network", "inspect", "host", "--format", "{{.Id}}"), DockerCli.Run("--host", _engine.UnixSocket, "network", "inspect", "host", "--format", "{{.Id}}")],
            networks.Select(n => n.Id));
    }

    [Fact]
    public void ACmdletThatChangesStateRefusesSeveralContexts()
    {
        ErrorRecord error = Assert.IsType<ErrorRecord>(Run("Remove-ContainerVolume nothing-here -Context default, other").Terminating);
        Assert.Equal("InvalidArgument,Containers.RemoveContainerVolumeCommand", error.FullyQualifiedErrorId);
        Assert.Contains("works on one engine at a time", error.Exception.Message, StringComparison.Ordinal);
    }
}

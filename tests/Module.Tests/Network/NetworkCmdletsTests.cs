using System.Management.Automation;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Module.Tests.Network;

/// <summary>The network cmdlets against the real engine (issue #7); `docker network inspect` is the oracle.</summary>
public sealed class NetworkCmdletsTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    public NetworkCmdletsTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    private static bool Exists(string network) => DockerCli.Lines("network", "ls", "-q", "--filter", "name=^" + network + "$").Length == 1;

    private static string Members(string network) =>
        string.Join(",", DockerCli.Run("network", "inspect", "--format", "{{range .Containers}}{{.Name}} {{end}}", network).Split(' ', StringSplitOptions.RemoveEmptyEntries).Order());

    // A /24 derived from the run id, away from the daemon's default pools.
    private string Subnet(out string prefix)
    {
        prefix = $"10.214.{Convert.ToInt32(_objects.RunId[..2], 16)}";
        return prefix + ".0/24";
    }

    [Fact]
    public void NewCreatesWhatDockerNetworkInspectReports()
    {
        string name = _objects.Name("net");
        string subnet = Subnet(out string prefix);
        ContainerNetworkInfo network = Assert.Single(_ps.Run(
            "New-ContainerNetwork $args[0] -Subnet $args[1] -Gateway $args[2] -IPRange $args[3] -Internal -Label @{ $args[4] = $args[5] }",
            name, subnet, prefix + ".1", prefix + ".128/25", TestObjects.RunLabel, _objects.RunId).AssertNoErrors().Objects<ContainerNetworkInfo>());
        Assert.Equal(DockerCli.Run("network", "inspect", "--format", "{{.Id}}", name), network.Id);
        Assert.Equal($"{subnet} {prefix}.1 {prefix}.128/25 true", DockerCli.Run("network", "inspect", "--format", "{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}} {{.IPRange}}{{end}} {{.Internal}}", name));
        Assert.Equal((subnet, prefix + ".1"), (network.Subnet, network.Gateway));

        ErrorRecord duplicate = Assert.Single(_ps.Run("New-ContainerNetwork $args[0]", name).Errors);
        Assert.Equal("NetworkExists,Containers.NewContainerNetworkCommand", duplicate.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, duplicate.CategoryInfo.Category);
    }

    [Fact]
    public void GetListsTheSameNetworksAsTheDockerCliWithTheirContainers()
    {
        string name = _objects.Name("listed");
        _objects.CreateNetwork("listed");
        _objects.StartRunning("member", "--network", name);
        Snapshots.AssertSameAsCli(
            () => _ps.Run("Get-ContainerNetwork | ForEach-Object Id").AssertNoErrors().Objects<string>(),
            () => DockerCli.Lines("network", "ls", "-q", "--no-trunc"));
        ContainerNetworkInfo network = Assert.Single(_ps.Run("Get-ContainerNetwork ($args[0] + '-list*')", _objects.Name("")[..^1]).AssertNoErrors().Objects<ContainerNetworkInfo>());
        Assert.Equal([_objects.Name("member")], network.ContainerNames);
        ErrorRecord error = Assert.Single(_ps.Run("Get-ContainerNetwork ct-no-such-network").Errors);
        Assert.Equal("NetworkNotFound,Containers.GetContainerNetworkCommand", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void ConnectWithAliasAndStaticAddressIsSeenByDockerNetworkInspect()
    {
        string subnet = Subnet(out string prefix);
        string name = _objects.Name("wired");
        _objects.CreateNetwork("wired", "--subnet", subnet);
        string app = _objects.StartRunning("app");
        _ps.Run("Connect-ContainerNetwork -Network $args[0] -Container $args[1] -Alias db -IPAddress $args[2]", name, _objects.Name("app"), prefix + ".42").AssertNoErrors();
        Assert.Equal(prefix + ".42/24", DockerCli.Run("network", "inspect", "--format", "{{range .Containers}}{{.IPv4Address}}{{end}}", name));
        Assert.Contains("db", DockerCli.Run("inspect", "--format", "{{json .NetworkSettings.Networks}}", app), StringComparison.Ordinal);

        _ps.Run("Disconnect-ContainerNetwork $args[0] $args[1]", name, app).AssertNoErrors();
        Assert.Equal("", Members(name));
    }

    [Fact]
    public void ConnectTakesContainersFromThePipelineAndABadOneMidListStopsNothing()
    {
        string name = _objects.Name("pipe");
        _objects.CreateNetwork("pipe");
        _objects.StartRunning("a");
        _objects.StartRunning("b");
        PowerShellSession.Result result = _ps.Run("$args[1], 'ct-no-such-container', $args[2] | Connect-ContainerNetwork -Network $args[0]", name, _objects.Name("a"), _objects.Name("b"));
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ContainerNotFound,Containers.ConnectContainerNetworkCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal($"{_objects.Name("a")},{_objects.Name("b")}", Members(name));

        _ps.Run("Get-Container -Label $args[1] | Disconnect-ContainerNetwork -Network $args[0]", name, _objects.Label).AssertNoErrors();
        Assert.Equal("", Members(name));
    }

    [Fact]
    public void RemoveWhatIfKeepsAndAnInUseNetworkIsRefusedNamingItsContainers()
    {
        string idle = _objects.Name("idle");
        string busy = _objects.Name("busy");
        _objects.CreateNetwork("idle");
        _objects.CreateNetwork("busy");
        _objects.StartRunning("member", "--network", busy);
        _ps.Run("Remove-ContainerNetwork $args[0] -WhatIf", idle).AssertNoErrors();
        Assert.True(Exists(idle));

        PowerShellSession.Result result = _ps.Run("Remove-ContainerNetwork $args[0], 'ct-no-such-network', $args[1], bridge -Confirm:$false", busy, idle);
        Assert.Equal(["NetworkInUse,Containers.RemoveContainerNetworkCommand", "NetworkNotFound,Containers.RemoveContainerNetworkCommand", "NetworkIsPredefined,Containers.RemoveContainerNetworkCommand"],
            result.Errors.Select(e => e.FullyQualifiedErrorId));
        Assert.Contains($"'{_objects.Name("member")}'", result.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.True(Exists(busy));
        Assert.False(Exists(idle));
        Assert.True(Exists("bridge"));
    }

    [Fact]
    public void RemoveTakesOurObjectsFromThePipeline()
    {
        string name = _objects.Name("piped");
        _objects.CreateNetwork("piped");
        _ps.Run("Get-ContainerNetwork $args[0] | Remove-ContainerNetwork -Confirm:$false", name).AssertNoErrors();
        Assert.False(Exists(name));
    }

    [Fact]
    public void ClearWhatIfKeepsEveryNetworkAndARealClearRemovesOnlyUnusedLabelledOnes()
    {
        string unused = _objects.Name("unused");
        string used = _objects.Name("used");
        _objects.CreateNetwork("unused");
        _objects.CreateNetwork("used");
        _objects.StartRunning("member", "--network", used);
        string[] before = DockerCli.Lines("network", "ls", "-q", "--filter", "label=" + _objects.Label);
        _ps.Run("Clear-ContainerNetwork -WhatIf").AssertNoErrors();
        Assert.Equal(before.Order(), DockerCli.Lines("network", "ls", "-q", "--filter", "label=" + _objects.Label).Order());

        PruneResult result = Assert.Single(_ps.Run("Clear-ContainerNetwork -Label $args[0] -Confirm:$false", _objects.Label).AssertNoErrors().Objects<PruneResult>());
        Assert.Equal([unused], result.Deleted);
        Assert.True(Exists(used));
    }
}

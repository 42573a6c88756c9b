using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

/// <summary>Network calls against the real daemon (issue #7); `docker network inspect` is the oracle.</summary>
public sealed class NetworksClientTests : IDisposable
{
    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    private Dictionary<string, string> RunLabels(params (string Key, string Value)[] more)
    {
        var labels = new Dictionary<string, string> { [TestObjects.RunLabel] = _objects.RunId };
        foreach ((string key, string value) in more)
        {
            labels[key] = value;
        }
        return labels;
    }

    private static string Inspect(string network, string format) => DockerCli.Run("network", "inspect", "--format", format, network);

    // A /24 unlikely to collide with the daemon's pools or other tests: derived from the run id.
    private string Subnet(out string gateway, out string range)
    {
        int third = Convert.ToInt32(_objects.RunId[..2], 16);
        gateway = $"10.213.{third}.1";
        range = $"10.213.{third}.128/25";
        return $"10.213.{third}.0/24";
    }

    [Fact]
    public async Task CreatesANetworkWithSubnetGatewayRangeInternalAndLabels()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        string name = _objects.Name("net");
        string subnet = Subnet(out string gateway, out string range);
        CreateNetworkResult created = await client.Networks.CreateAsync(new CreateNetworkOptions
        {
            Name = name, Driver = "bridge", Subnet = subnet, Gateway = gateway, IPRange = range, Internal = true,
            Labels = RunLabels(("purpose", "test")),
        }, CancellationToken.None);
        Assert.Equal(created.Id, Inspect(name, "{{.Id}}"));
        Assert.Equal($"{subnet} {gateway} {range}", Inspect(name, "{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}} {{.IPRange}}{{end}}"));
        Assert.Equal("true", Inspect(name, "{{.Internal}}"));

        NetworkDetails inspected = await client.Networks.InspectAsync(name, CancellationToken.None);
        Assert.Equal(created.Id, inspected.Id);
        Assert.Equal("bridge", inspected.Driver);
        Assert.True(inspected.Internal);
        Assert.Equal("test", inspected.Labels["purpose"]);
        NetworkSubnet pool = Assert.Single(inspected.Subnets);
        Assert.Equal((subnet, gateway, range), (pool.Subnet, pool.Gateway, pool.IPRange));
        Assert.NotNull(inspected.Created);
    }

    [Fact]
    public async Task ATakenNameIsAConflictAndAGatewayNeedsASubnet()
    {
        string name = _objects.Name("dup");
        _objects.CreateNetwork("dup");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAsync<EngineConflictException>(() => client.Networks.CreateAsync(new CreateNetworkOptions { Name = name, Labels = RunLabels() }, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Networks.CreateAsync(new CreateNetworkOptions { Name = _objects.Name("x"), Gateway = "10.1.1.1" }, CancellationToken.None));
        Assert.Single(DockerCli.Lines("network", "ls", "-q", "--filter", "label=" + _objects.Label));
    }

    [Fact]
    public async Task ListsTheSameNetworksAsTheDockerCliAndFiltersByLabel()
    {
        string mine = _objects.CreateNetwork("listed");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Snapshots.AssertSameAsCli(
            () => client.Networks.ListAsync(new ListNetworksOptions(), CancellationToken.None).GetAwaiter().GetResult().Select(n => n.Id),
            () => DockerCli.Lines("network", "ls", "-q", "--no-trunc"));
        IReadOnlyList<NetworkDetails> labelled = await client.Networks.ListAsync(new ListNetworksOptions { Labels = [_objects.Label] }, CancellationToken.None);
        Assert.Equal([mine], labelled.Select(n => n.Id));
        IReadOnlyList<NetworkDetails> all = await client.Networks.ListAsync(new ListNetworksOptions(), CancellationToken.None);
        Assert.True(all.Single(n => n.Name == "bridge").IsPredefined);
    }

    [Fact]
    public async Task ConnectsWithAliasesAndAStaticAddressAndDisconnects()
    {
        string subnet = Subnet(out string gateway, out _);
        string name = _objects.Name("wired");
        _objects.CreateNetwork("wired", "--subnet", subnet, "--gateway", gateway);
        string container = _objects.StartRunning("app");
        string address = gateway[..gateway.LastIndexOf('.')] + ".42";
        using EngineClient client = await EngineUnderTest.ConnectAsync();

        await client.Networks.ConnectAsync(name, new ConnectNetworkOptions { Container = container, Aliases = ["db", "cache"], IPv4Address = address }, CancellationToken.None);
        Assert.Equal(address + "/24", Inspect(name, "{{range .Containers}}{{.IPv4Address}}{{end}}"));
        string aliases = DockerCli.Run("inspect", "--format", "{{range $k, $v := .NetworkSettings.Networks}}{{if eq $k \"" + name + "\"}}{{join $v.Aliases \",\"}}{{end}}{{end}}", container);
        Assert.Contains("db", aliases.Split(','));
        Assert.Contains("cache", aliases.Split(','));
        NetworkContainer attached = Assert.Single((await client.Networks.InspectAsync(name, CancellationToken.None)).Containers);
        Assert.Equal((container, _objects.Name("app"), address + "/24"), (attached.Id, attached.Name, attached.IPv4Address));

        await client.Networks.DisconnectAsync(name, new DisconnectNetworkOptions { Container = container }, CancellationToken.None);
        Assert.Equal("", Inspect(name, "{{range .Containers}}{{.Name}}{{end}}"));
    }

    [Fact]
    public async Task RemovesANetworkAndReportsUnknownOnesAsNotFound()
    {
        string name = _objects.Name("doomed");
        _objects.CreateNetwork("doomed");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await client.Networks.RemoveAsync(name, CancellationToken.None);
        Assert.Empty(DockerCli.Lines("network", "ls", "-q", "--filter", "label=" + _objects.Label));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Networks.RemoveAsync(name, CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Networks.InspectAsync(name, CancellationToken.None));
    }

    [Fact]
    public async Task RemovingANetworkWithContainersFailsAndKeepsIt()
    {
        string name = _objects.Name("busy");
        _objects.CreateNetwork("busy");
        _objects.StartRunning("member", "--network", name);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAnyAsync<EngineException>(() => client.Networks.RemoveAsync(name, CancellationToken.None));
        Assert.Single(DockerCli.Lines("network", "ls", "-q", "--filter", "label=" + _objects.Label));
    }

    [Fact]
    public async Task PruneWithLabelsRemovesOnlyUnusedMatchingNetworks()
    {
        _objects.CreateNetwork("unused", "--label", "prune=yes");
        string used = _objects.Name("used");
        _objects.CreateNetwork("used", "--label", "prune=yes");
        _objects.CreateNetwork("other");
        _objects.StartRunning("member", "--network", used);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        PruneResult result = await client.Networks.PruneAsync(new PruneNetworksOptions { Labels = [_objects.Label, "prune=yes"] }, CancellationToken.None);
        Assert.Equal([_objects.Name("unused")], result.Deleted);
        string[] left = DockerCli.Lines("network", "ls", "--format", "{{.Name}}", "--filter", "label=" + _objects.Label);
        Assert.Equal(new[] { _objects.Name("other"), used }.Order(), left.Order());
    }
}

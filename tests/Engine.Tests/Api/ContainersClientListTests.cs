using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

public sealed class ContainersClientListTests : IDisposable
{
    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    private ListContainersOptions Ours(bool all) => new() { All = all, Labels = [_objects.Label] };

    [Fact]
    public async Task ListsTheSameContainersAsTheDockerCli()
    {
        _objects.StartRunning("a");
        _objects.CreateExited("b");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Snapshots.AssertSameAsCli(
            () => client.Containers.ListAsync(new ListContainersOptions { All = true }, CancellationToken.None).GetAwaiter().GetResult().Select(c => c.Id),
            () => DockerCli.Lines("ps", "-a", "--no-trunc", "--format", "{{.ID}}"));
    }

    [Fact]
    public async Task WithoutAllListsOnlyRunningContainers()
    {
        string running = _objects.StartRunning("up");
        _objects.CreateExited("down");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        IReadOnlyList<ContainerSummary> listed = await client.Containers.ListAsync(Ours(all: false), CancellationToken.None);
        Assert.Equal([running], listed.Select(c => c.Id));
        Assert.Equal(2, (await client.Containers.ListAsync(Ours(all: true), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task AStatusFilterLooksAtStoppedContainersToo()
    {
        _objects.StartRunning("up");
        string exited = _objects.CreateExited("down", exitCode: 3);
        string created = _objects.CreateOnly("new");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        var exitedOnly = await client.Containers.ListAsync(Ours(all: false) with { Statuses = ["exited"] }, CancellationToken.None);
        Assert.Equal([exited], exitedOnly.Select(c => c.Id));
        Assert.StartsWith("Exited (3)", exitedOnly[0].Status, StringComparison.Ordinal);
        var createdOnly = await client.Containers.ListAsync(Ours(all: false) with { Statuses = ["created"] }, CancellationToken.None);
        Assert.Equal([created], createdOnly.Select(c => c.Id));
    }

    [Fact]
    public async Task AnUnknownStatusIsRefusedBeforeAnyRequest()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        ArgumentException e = await Assert.ThrowsAsync<ArgumentException>(() => client.Containers.ListAsync(new ListContainersOptions { Statuses = ["sleeping"] }, CancellationToken.None));
        Assert.Contains("'sleeping'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsNamesWithoutSlashPortsAsObjectsAndCreatedAsTime()
    {
        string id = _objects.StartRunning("ports", "-p", "127.0.0.1:0:80", "-p", "127.0.0.1:0:53/udp", "--expose", "9000");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        ContainerSummary container = Assert.Single(await client.Containers.ListAsync(Ours(all: false), CancellationToken.None));
        Assert.Equal(id, container.Id);
        Assert.Equal([_objects.Name("ports")], container.Names);
        Assert.Equal("running", container.State);
        Assert.Equal(TestObjects.Image, container.Image);
        Assert.Equal(DockerCli.Run("inspect", "--format", "{{.Image}}", id), container.ImageId);

        // Oracle: `docker port` lists the published ports as "80/tcp -> 127.0.0.1:49153".
        string[] published = DockerCli.Lines("port", id);
        PortMapping tcp = Assert.Single(container.Ports, p => p.PrivatePort == 80);
        Assert.Equal("tcp", tcp.Protocol);
        Assert.Equal("127.0.0.1", tcp.HostIP);
        Assert.Contains($"80/tcp -> 127.0.0.1:{tcp.PublicPort}", published);
        PortMapping udp = Assert.Single(container.Ports, p => p.PrivatePort == 53);
        Assert.Equal("udp", udp.Protocol);
        Assert.Contains($"53/udp -> 127.0.0.1:{udp.PublicPort}", published);
        PortMapping exposed = Assert.Single(container.Ports, p => p.PrivatePort == 9000);
        Assert.Null(exposed.PublicPort);
        Assert.Equal("9000/tcp", exposed.ToString());
        Assert.Equal($"127.0.0.1:{tcp.PublicPort}->80/tcp", tcp.ToString());

        DateTimeOffset cliCreated = DateTimeOffset.Parse(DockerCli.Run("inspect", "--format", "{{.Created}}", id), System.Globalization.CultureInfo.InvariantCulture);
        // The list call reports whole seconds; inspect reports nanoseconds.
        Assert.InRange((cliCreated - container.Created).TotalSeconds, 0, 1);
        Assert.Equal(_objects.RunId, container.Labels[TestObjects.RunLabel]);
        Assert.Contains(container.Networks, n => n.Network == "bridge" && n.IPAddress is not null);
    }

    [Fact]
    public async Task FiltersByLabelValueAndName()
    {
        _objects.StartRunning("tier-web", "--label", "tier=web");
        string db = _objects.StartRunning("tier-db", "--label", "tier=db");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        var byLabel = await client.Containers.ListAsync(new ListContainersOptions { Labels = [_objects.Label, "tier=db"] }, CancellationToken.None);
        Assert.Equal([db], byLabel.Select(c => c.Id));
        var byName = await client.Containers.ListAsync(new ListContainersOptions { NameContains = [_objects.Name("tier-d")] }, CancellationToken.None);
        Assert.Equal([db], byName.Select(c => c.Id));
    }

    [Fact]
    public async Task ReportsMountsOfVolumes()
    {
        string volume = _objects.CreateVolume("data");
        _objects.StartRunning("mounts", "-v", volume + ":/data:ro");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        ContainerSummary container = Assert.Single(await client.Containers.ListAsync(Ours(all: false), CancellationToken.None));
        MountPoint mount = Assert.Single(container.Mounts);
        Assert.Equal("volume", mount.Type);
        Assert.Equal(volume, mount.Name);
        Assert.Equal("/data", mount.Destination);
        Assert.False(mount.ReadWrite);
    }
}

using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

/// <summary>Volume calls against the real daemon (issue #7); fixtures and checks go through the docker CLI.</summary>
public sealed class VolumesClientTests : IDisposable
{
    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    private static string ReadFile(string volume, string path) =>
        DockerCli.Run("run", "--rm", "-v", volume + ":/data:ro", TestObjects.Image, "cat", "/data/" + path);

    private void WriteFile(string volume, string path, string text) =>
        DockerCli.Run("run", "--rm", "--label", _objects.Label, "-v", volume + ":/data", TestObjects.Image, "sh", "-c", $"mkdir -p \"$(dirname /data/{path})\" && printf '%s' '{text}' > /data/{path}");

    [Fact]
    public async Task CreatesAVolumeWithDriverOptionsAndLabelsThatInspectReports()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        string name = _objects.Name("made");
        VolumeSummary created = await client.Volumes.CreateAsync(new CreateVolumeOptions
        {
            Name = name,
            Driver = "local",
            DriverOptions = new Dictionary<string, string> { ["type"] = "tmpfs", ["device"] = "tmpfs", ["o"] = "size=1m" },
            Labels = new Dictionary<string, string> { [TestObjects.RunLabel] = _objects.RunId, ["purpose"] = "test" },
        }, CancellationToken.None);
        Assert.Equal(name, created.Name);
        Assert.Equal(name, DockerCli.Run("volume", "inspect", "--format", "{{.Name}}", name));
        Assert.Equal("tmpfs", DockerCli.Run("volume", "inspect", "--format", "{{index .Options \"type\"}}", name));
        VolumeSummary inspected = await client.Volumes.InspectAsync(name, CancellationToken.None);
        Assert.Equal("test", inspected.Labels["purpose"]);
        Assert.Equal("size=1m", inspected.Options["o"]);
        Assert.Equal(DockerCli.Run("volume", "inspect", "--format", "{{.Mountpoint}}", name), inspected.Mountpoint);
    }

    [Fact]
    public async Task CreatesAnAnonymousVolumeWhenNoNameIsGiven()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        VolumeSummary created = await client.Volumes.CreateAsync(new CreateVolumeOptions { Labels = new Dictionary<string, string> { [TestObjects.RunLabel] = _objects.RunId } }, CancellationToken.None);
        Assert.Matches("^[0-9a-f]{64}$", created.Name);
    }

    [Fact]
    public async Task RemovesAnUnusedVolume()
    {
        string name = _objects.CreateVolume("gone");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await client.Volumes.RemoveAsync(name, new RemoveVolumeOptions(), CancellationToken.None);
        Assert.Empty(DockerCli.Lines("volume", "ls", "-q", "--filter", "name=^" + name + "$"));
    }

    [Fact]
    public async Task RemovingAVolumeAContainerUsesIsAConflictAndTheDataStays()
    {
        string name = _objects.CreateVolume("busy");
        WriteFile(name, "keep.txt", "precious");
        _objects.CreateOnly("user", "-v", name + ":/data");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAsync<EngineConflictException>(() => client.Volumes.RemoveAsync(name, new RemoveVolumeOptions(), CancellationToken.None));
        await Assert.ThrowsAsync<EngineConflictException>(() => client.Volumes.RemoveAsync(name, new RemoveVolumeOptions { Force = true }, CancellationToken.None));
        Assert.Equal("precious", ReadFile(name, "keep.txt"));
    }

    [Fact]
    public async Task AnUnknownVolumeIsNotFound()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Volumes.InspectAsync("ct-no-such-volume", CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Volumes.RemoveAsync("ct-no-such-volume", new RemoveVolumeOptions(), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Volumes.RemoveAsync(" ", new RemoveVolumeOptions(), CancellationToken.None));
    }

    [Fact]
    public async Task DataWrittenByOneContainerIsReadByAnotherAfterTheFirstIsRemoved()
    {
        string name = _objects.CreateVolume("shared");
        string writer = _objects.CreateOnly("writer", "-v", name + ":/data");
        DockerCli.Run("rm", writer);
        WriteFile(name, "note.txt", "hello");
        Assert.Equal("hello", ReadFile(name, "note.txt"));
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Assert.Equal(name, (await client.Volumes.InspectAsync(name, CancellationToken.None)).Name);
    }

    [Fact]
    public async Task PruneWithLabelsRemovesOnlyUnusedMatchingVolumes()
    {
        string unused = _objects.CreateVolume("unused", "--label", "prune=yes");
        string used = _objects.CreateVolume("used", "--label", "prune=yes");
        string other = _objects.CreateVolume("other");
        _objects.CreateOnly("user", "-v", used + ":/data");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        PruneResult result = await client.Volumes.PruneAsync(new PruneVolumesOptions { Labels = [_objects.Label, "prune=yes"], All = true }, CancellationToken.None);
        Assert.Equal([unused], result.Deleted);
        string[] left = DockerCli.Lines("volume", "ls", "-q", "--filter", "label=" + _objects.Label);
        Assert.Equal(new[] { other, used }.Order(), left.Order());
    }

    [Fact]
    public async Task ListsItemsInsideAVolumeThroughAHelperThatIsRemovedAfterwards()
    {
        string name = _objects.CreateVolume("files");
        WriteFile(name, "top.txt", "12345");
        WriteFile(name, "dir/inner.txt", "abc");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        var options = new ListVolumeItemsOptions { Image = TestObjects.Image, HelperLabels = new Dictionary<string, string> { [TestObjects.RunLabel] = _objects.RunId } };

        IReadOnlyList<VolumeItem> root = await client.Volumes.ListItemsAsync(name, options, CancellationToken.None);
        Assert.Equal(["dir", "top.txt"], root.Select(i => i.Path).Order());
        VolumeItem top = root.Single(i => i.Name == "top.txt");
        Assert.Equal(VolumeItemType.File, top.Type);
        Assert.Equal(5, top.Length);
        Assert.Equal("644", top.Mode);
        Assert.Equal(VolumeItemType.Directory, root.Single(i => i.Name == "dir").Type);

        IReadOnlyList<VolumeItem> tree = await client.Volumes.ListItemsAsync(name, options with { Recurse = true }, CancellationToken.None);
        Assert.Equal(["dir", "dir/inner.txt", "top.txt"], tree.Select(i => i.Path).Order());
        IReadOnlyList<VolumeItem> inner = await client.Volumes.ListItemsAsync(name, options with { Path = "/dir/" }, CancellationToken.None);
        Assert.Equal("dir/inner.txt", Assert.Single(inner).Path);

        // Only the volume's own data: the helper mounted it read-only and left nothing behind.
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "label=" + VolumesClient.HelperLabel, "--filter", "label=" + _objects.Label));
        Assert.Equal("12345", ReadFile(name, "top.txt"));
    }

    [Fact]
    public async Task ListingAMissingPathOrVolumeFailsAndLeavesNoHelper()
    {
        string name = _objects.CreateVolume("empty");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        var options = new ListVolumeItemsOptions { Image = TestObjects.Image, Path = "nope", HelperLabels = new Dictionary<string, string> { [TestObjects.RunLabel] = _objects.RunId } };
        await Assert.ThrowsAsync<FileNotFoundException>(() => client.Volumes.ListItemsAsync(name, options, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Volumes.ListItemsAsync(name, options with { Path = "../etc" }, CancellationToken.None));
        string missing = _objects.Name("never-created");
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Volumes.ListItemsAsync(missing, options with { Path = null }, CancellationToken.None));
        // Mounting a missing volume would have created it.
        Assert.Empty(DockerCli.Lines("volume", "ls", "-q", "--filter", "name=^" + missing + "$"));
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "label=" + VolumesClient.HelperLabel, "--filter", "label=" + _objects.Label));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("/", "")]
    [InlineData("./a//b/", "a/b")]
    [InlineData("a\\b", "a/b")]
    public void NormalizesItemPaths(string? path, string expected) => Assert.Equal(expected, VolumesClient.NormalizeItemPath(path));

    [Fact]
    public void ParsesBusyboxAndGnuStatLinesKeepingPipesInNames()
    {
        const string output = "regular file|5|1700000000|644|0|0|./a\r\nregular empty file|0|1700000000|600|1000|1000|./b|c\r\nsymbolic link|1|1700000000|777|0|0|./l\r\nfind: noise\r\n";
        IReadOnlyList<VolumeItem> items = VolumesClient.ParseItems("v", output);
        Assert.Equal(["a", "b|c", "l"], items.Select(i => i.Path));
        Assert.Equal([VolumeItemType.File, VolumeItemType.File, VolumeItemType.SymbolicLink], items.Select(i => i.Type));
        Assert.Equal(1000, items[1].UserId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), items[0].LastWriteTime);
    }
}

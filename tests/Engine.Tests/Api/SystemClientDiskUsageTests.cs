using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

/// <summary>GET /system/df and image prune against the real daemon (issue #7).</summary>
public sealed class SystemClientDiskUsageTests : IDisposable
{
    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    [Fact]
    public async Task ReportsVolumeSizesReferenceCountsAndContainerWrites()
    {
        string volume = _objects.CreateVolume("sized");
        DockerCli.Run("run", "--rm", "-v", volume + ":/data", TestObjects.Image, "dd", "if=/dev/zero", "of=/data/blob", "bs=1000", "count=300");
        string container = _objects.CreateOnly("user", "-v", volume + ":/data");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        DiskUsage usage = await client.System.DiskUsageAsync(CancellationToken.None);

        VolumeSummary v = usage.Volumes.Single(x => x.Name == volume);
        Assert.True(v.Size >= 300_000, $"size {v.Size}");
        Assert.Equal(1, v.RefCount);
        ContainerDiskUsage c = usage.Containers.Single(x => x.Id == container);
        Assert.Equal(_objects.Name("user"), c.Name);
        Assert.Equal([volume], c.Volumes);
        Assert.True(c.SizeRootFs >= c.SizeRw);
        string imageId = DockerCli.Run("image", "inspect", "--format", "{{.Id}}", TestObjects.Image);
        ImageSummary image = usage.Images.Single(i => i.Id == imageId);
        Assert.True(image.Containers >= 1);
        Assert.True(usage.LayersSize >= image.Size - image.SharedSize);
    }

    [Fact]
    public async Task ImagePruneWithALabelRemovesOnlyThatDanglingImage()
    {
        string tag = _objects.Name("img");
        string first = Build(tag, "one");
        Build(tag, "two");
        // The first build is now dangling: untagged, labelled with this run only.
        Assert.Contains(first, DockerCli.Lines("images", "-q", "--no-trunc", "--filter", "dangling=true", "--filter", "label=" + _objects.Label));
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        PruneResult result = await client.Images.PruneAsync(new PruneImagesOptions { Labels = [_objects.Label] }, CancellationToken.None);
        Assert.Contains(first, result.Deleted);
        Assert.Empty(DockerCli.Lines("images", "-q", "--filter", "dangling=true", "--filter", "label=" + _objects.Label));
        Assert.NotEmpty(DockerCli.Lines("images", "-q", tag));
        Assert.NotEmpty(DockerCli.Lines("images", "-q", TestObjects.Image));
    }

    private string Build(string tag, string content)
    {
        string dir = Directory.CreateTempSubdirectory("ct-build-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "Dockerfile"), $"FROM {TestObjects.Image}\nRUN echo {content} > /marker\n");
            DockerCli.Run("build", "-q", "--label", _objects.Label, "-t", tag, dir);
            return DockerCli.Run("image", "inspect", "--format", "{{.Id}}", tag);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

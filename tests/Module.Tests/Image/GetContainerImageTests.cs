using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Image;

public sealed class GetContainerImageTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly string _tag = $"containers-test/tagged:{Guid.NewGuid():N}"[..40];

    public GetContainerImageTests(PowerShellSession ps)
    {
        _ps = ps;
        DockerCli.Run("tag", TestObjects.Image, _tag);
    }

    public void Dispose() => DockerCli.Run("rmi", _tag);

    [Fact]
    public void ListsTheSameImagesAsTheDockerCli()
    {
        Snapshots.AssertSameAsCli(
            () => _ps.Run("Get-ContainerImage").AssertNoErrors().Objects<ContainerImageInfo>().Select(i => i.Id),
            () => DockerCli.Lines("images", "--no-trunc", "--format", "{{.ID}}").Distinct());
    }

    [Fact]
    public void AReferenceWithoutTagMatchesEveryTagAndSizesAreBytes()
    {
        ContainerImageInfo image = Assert.Single(_ps.Run("Get-ContainerImage containers-test/busybox").AssertNoErrors().Objects<ContainerImageInfo>());
        Assert.Equal("containers-test/busybox", image.Repository);
        Assert.Equal("latest", image.Tag);
        Assert.Equal(DockerCli.Run("image", "inspect", "--format", "{{.Id}}", TestObjects.Image), image.Id);
        Assert.Equal(long.Parse(DockerCli.Run("image", "inspect", "--format", "{{.Size}}", TestObjects.Image), System.Globalization.CultureInfo.InvariantCulture), image.Size);
        Assert.Contains(_tag, image.RepoTags);
    }

    [Fact]
    public void WildcardsMatchTags()
    {
        ContainerImageInfo image = Assert.Single(_ps.Run("Get-ContainerImage 'containers-test/tag*'").AssertNoErrors().Objects<ContainerImageInfo>());
        Assert.Contains(_tag, image.RepoTags);
    }

    [Fact]
    public void TheMatchedTagIsTheOneTheObjectShows()
    {
        // The test image carries several tags; asked for one, the row shows that one, as `docker images <tag>` does.
        ContainerImageInfo image = Assert.Single(_ps.Run("Get-ContainerImage $args[0]", _tag).AssertNoErrors().Objects<ContainerImageInfo>());
        Assert.Equal(_tag, image.Repository + ":" + image.Tag);
        Assert.Equal(_tag, image.ToString());
        Assert.True(image.RepoTags.Length > 1, "the test image should carry its own tag and this test's");
    }

    [Fact]
    public void AnUnknownReferenceIsObjectNotFound()
    {
        PowerShellSession.Result result = _ps.Run("Get-ContainerImage no-such-image:1");
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ImageNotFound,Containers.GetContainerImageCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Fact]
    public void TheDefaultViewIsADockerImagesTable()
    {
        string text = string.Join("\n", _ps.Run("Get-ContainerImage containers-test/busybox | Out-String -Width 200").Objects<string>());
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE$", lines[0]);
        // Same size text as `docker images` prints.
        Assert.EndsWith(DockerCli.Run("images", "--format", "{{.Size}}", TestObjects.Image), lines[2], StringComparison.Ordinal);
    }
}

using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Volume;

public sealed class GetContainerVolumeTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    public GetContainerVolumeTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    [Fact]
    public void ListsVolumesWithLabelsAndDriver()
    {
        string name = _objects.CreateVolume("data", "--label", "purpose=test");
        ContainerVolumeInfo volume = Assert.Single(_ps.Run("Get-ContainerVolume -Name $args[0]", name).AssertNoErrors().Objects<ContainerVolumeInfo>());
        Assert.Equal("local", volume.Driver);
        Assert.Equal("test", volume.Labels["purpose"]);
        Assert.Equal(DockerCli.Run("volume", "inspect", "--format", "{{.Mountpoint}}", name), volume.Mountpoint);
        Assert.NotNull(volume.CreatedAt);
    }

    [Fact]
    public void ListsTheSameVolumesAsTheDockerCli()
    {
        _objects.CreateVolume("one");
        Snapshots.AssertSameAsCli(
            () => _ps.Run("Get-ContainerVolume | ForEach-Object Name").AssertNoErrors().Objects<string>(),
            () => DockerCli.Lines("volume", "ls", "-q"));
    }

    [Fact]
    public void DanglingKeepsOnlyUnusedVolumes()
    {
        string used = _objects.CreateVolume("used");
        string unused = _objects.CreateVolume("unused");
        _objects.CreateOnly("user", "-v", used + ":/data");
        string[] names = _ps.Run("Get-ContainerVolume -Dangling -Label $args[0] | ForEach-Object Name", _objects.Label).AssertNoErrors().Objects<string>();
        Assert.Equal([unused], names);
    }

    [Fact]
    public void AnUnknownNameIsObjectNotFound()
    {
        ErrorRecord error = Assert.Single(_ps.Run("Get-ContainerVolume ct-no-such-volume").Errors);
        Assert.Equal("VolumeNotFound,Containers.GetContainerVolumeCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }
}

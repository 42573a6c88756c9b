using System.Management.Automation;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Module.Tests.Volume;

/// <summary>New-, Remove-, Clear-ContainerVolume and Get-ContainerVolumeItem against the real engine (issue #7).</summary>
public sealed class VolumeCmdletsTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    public VolumeCmdletsTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    private static bool Exists(string volume) => DockerCli.Lines("volume", "ls", "-q", "--filter", "name=^" + volume + "$").Length == 1;

    private void Write(string volume, string file, string text) =>
        DockerCli.Run("run", "--rm", "--label", _objects.Label, "-v", volume + ":/data", TestObjects.Image, "sh", "-c", $"printf '%s' '{text}' > /data/{file}");

    private static string Read(string volume, string file) =>
        DockerCli.Run("run", "--rm", "-v", volume + ":/data:ro", TestObjects.Image, "cat", "/data/" + file);

    [Fact]
    public void NewCreatesAVolumeWithLabelsAndDriverOptions()
    {
        string name = _objects.Name("new");
        ContainerVolumeInfo volume = Assert.Single(_ps.Run(
            "New-ContainerVolume -Name $args[0] -Label @{ $args[1] = $args[2]; tier = 'db' } -DriverOption @{ type = 'tmpfs'; device = 'tmpfs' }",
            name, TestObjects.RunLabel, _objects.RunId).AssertNoErrors().Objects<ContainerVolumeInfo>());
        Assert.Equal(name, volume.Name);
        Assert.Equal("db", DockerCli.Run("volume", "inspect", "--format", "{{index .Labels \"tier\"}}", name));
        Assert.Equal("tmpfs", DockerCli.Run("volume", "inspect", "--format", "{{index .Options \"type\"}}", name));
    }

    [Fact]
    public void NewRefusesAnExistingNameAndLeavesItsDataAlone()
    {
        string name = _objects.CreateVolume("taken");
        Write(name, "f", "kept");
        PowerShellSession.Result result = _ps.Run("New-ContainerVolume $args[0]", name);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("VolumeExists,Containers.NewContainerVolumeCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal("kept", Read(name, "f"));
    }

    [Fact]
    public void NewWhatIfCreatesNothing()
    {
        string name = _objects.Name("whatif");
        _ps.Run("New-ContainerVolume $args[0] -WhatIf", name).AssertNoErrors();
        Assert.False(Exists(name));
    }

    [Fact]
    public void RemoveWhatIfKeepsTheVolume()
    {
        string name = _objects.CreateVolume("stays");
        _ps.Run("Remove-ContainerVolume $args[0] -WhatIf", name).AssertNoErrors();
        Assert.True(Exists(name));
    }

    [Fact]
    public void RemovingAnInUseVolumeIsRefusedNamingTheContainersAndTheDataStays()
    {
        string name = _objects.CreateVolume("busy");
        Write(name, "f", "precious");
        _objects.StartRunning("runner", "-v", name + ":/data");
        _objects.CreateOnly("idle", "-v", name + ":/data");
        PowerShellSession.Result result = _ps.Run("Remove-ContainerVolume $args[0] -Confirm:$false", name);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("VolumeInUse,Containers.RemoveContainerVolumeCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceBusy, error.CategoryInfo.Category);
        Assert.Contains($"'{_objects.Name("runner")}'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains($"'{_objects.Name("idle")}'", error.Exception.Message, StringComparison.Ordinal);
        Assert.True(Exists(name));
        Assert.Equal("precious", Read(name, "f"));
    }

    [Fact]
    public void ABadNameMidListIsObjectNotFoundAndTheOthersAreRemoved()
    {
        string first = _objects.CreateVolume("first");
        string last = _objects.CreateVolume("last");
        PowerShellSession.Result result = _ps.Run("Remove-ContainerVolume $args[0], 'ct-no-such-volume', $args[1] -Confirm:$false", first, last);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("VolumeNotFound,Containers.RemoveContainerVolumeCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("ct-no-such-volume", error.TargetObject);
        Assert.False(Exists(first));
        Assert.False(Exists(last));
    }

    [Fact]
    public void RemoveTakesOurObjectsAndNamesByPropertyFromThePipeline()
    {
        string byValue = _objects.CreateVolume("byvalue", "--label", "pipe=value");
        string byName = _objects.CreateVolume("byname");
        _ps.Run("Get-ContainerVolume -Label pipe=value, $args[0] | Remove-ContainerVolume -Confirm:$false", _objects.Label).AssertNoErrors();
        _ps.Run("[pscustomobject]@{ Name = $args[0] } | Remove-ContainerVolume -Confirm:$false", byName).AssertNoErrors();
        Assert.False(Exists(byValue));
        Assert.False(Exists(byName));
    }

    [Fact]
    public void GetReportsWhichContainersUseAVolumeAndItsSize()
    {
        string name = _objects.CreateVolume("used");
        DockerCli.Run("run", "--rm", "-v", name + ":/data", TestObjects.Image, "dd", "if=/dev/zero", "of=/data/blob", "bs=1000", "count=50");
        _objects.CreateOnly("user", "-v", name + ":/data");
        ContainerVolumeInfo volume = Assert.Single(_ps.Run("Get-ContainerVolume $args[0] -Size", name).AssertNoErrors().Objects<ContainerVolumeInfo>());
        Assert.Equal([_objects.Name("user")], volume.UsedBy);
        Assert.True(volume.Size >= 50_000, $"size {volume.Size}");
    }

    [Fact]
    public void ClearWhatIfLeavesEveryVolumeInPlace()
    {
        _objects.CreateVolume("named-unused");
        DockerCli.Run("volume", "create", "--label", _objects.Label);
        string[] before = DockerCli.Lines("volume", "ls", "-q", "--filter", "label=" + _objects.Label);
        _ps.Run("Clear-ContainerVolume -All -WhatIf").AssertNoErrors();
        _ps.Run("Clear-ContainerVolume -WhatIf").AssertNoErrors();
        string[] after = DockerCli.Lines("volume", "ls", "-q", "--filter", "label=" + _objects.Label);
        Assert.Equal(before.Order(), after.Order());
        Assert.Equal(2, after.Length);
    }

    [Fact]
    public void ClearRemovesOnlyUnusedAnonymousVolumesUnlessAll()
    {
        string anonymous = DockerCli.Run("volume", "create", "--label", _objects.Label);
        DockerCli.Run("run", "--rm", "-v", anonymous + ":/data", TestObjects.Image, "dd", "if=/dev/zero", "of=/data/blob", "bs=1000", "count=20");
        string named = _objects.CreateVolume("named");
        string used = _objects.CreateVolume("used");
        _objects.CreateOnly("user", "-v", used + ":/data");

        PruneResult first = Assert.Single(_ps.Run("Clear-ContainerVolume -Label $args[0] -Confirm:$false", _objects.Label).AssertNoErrors().Objects<PruneResult>());
        Assert.Equal([anonymous], first.Deleted);
        Assert.True(first.SpaceReclaimed >= 20_000, $"reclaimed {first.SpaceReclaimed}");
        Assert.True(Exists(named));

        PruneResult second = Assert.Single(_ps.Run("Clear-ContainerVolume -All -Label $args[0] -Confirm:$false", _objects.Label).AssertNoErrors().Objects<PruneResult>());
        Assert.Equal([named], second.Deleted);
        Assert.True(Exists(used));
    }

    [Fact]
    public void ListsItemsInsideAVolumeAndCleansUpTheHelper()
    {
        string name = _objects.CreateVolume("files");
        DockerCli.Run("run", "--rm", "-v", name + ":/data", TestObjects.Image, "sh", "-c", "mkdir -p /data/logs && printf 12345 > /data/logs/app.log && printf x > /data/top");
        ContainerVolumeItem[] root = _ps.Run("Get-ContainerVolumeItem $args[0]", name).AssertNoErrors().Objects<ContainerVolumeItem>();
        Assert.Equal(["logs", "top"], root.Select(i => i.Path));
        Assert.True(root[0].PSIsContainer);
        ContainerVolumeItem[] tree = _ps.Run("Get-ContainerVolume $args[0] | Get-ContainerVolumeItem -Recurse", name).AssertNoErrors().Objects<ContainerVolumeItem>();
        Assert.Equal(["logs", "logs/app.log", "top"], tree.Select(i => i.Path));
        Assert.Equal(5, tree[1].Length);
        Assert.Equal(name, tree[1].Volume);
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "label=containers.helper=volume-items", "--filter", "volume=" + name));
    }

    [Fact]
    public void ItemErrorsAreNonTerminatingAndAMissingHelperImageIsClear()
    {
        string name = _objects.CreateVolume("empty");
        PowerShellSession.Result result = _ps.Run("Get-ContainerVolumeItem 'ct-no-such-volume', $args[0] -Path nope", name);
        Assert.Equal(["VolumeNotFound,Containers.GetContainerVolumeItemCommand", "VolumeItemNotFound,Containers.GetContainerVolumeItemCommand"],
            result.Errors.Select(e => e.FullyQualifiedErrorId));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category));
        Assert.False(Exists("ct-no-such-volume"));

        PowerShellSession.Result noImage = _ps.Run("Get-ContainerVolumeItem $args[0] -Image ct-no-such-image:1", name);
        Assert.NotNull(noImage.Terminating);
        Assert.Equal("HelperImageNotFound,Containers.GetContainerVolumeItemCommand", noImage.Terminating!.FullyQualifiedErrorId);
        Assert.Contains("nothing is pulled", noImage.Terminating.Exception.Message, StringComparison.Ordinal);
    }
}

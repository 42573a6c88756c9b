using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Engine;

/// <summary>Test-ContainerEngine, Get-ContainerDiskUsage and Clear-ContainerEngine against the real engine (issue #7).</summary>
public sealed class EngineCmdletsTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    public EngineCmdletsTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    [Fact]
    public void TestReportsAReachableEngineWithItsApiVersion()
    {
        ContainerEngineTestResult result = Assert.Single(_ps.Run("Test-ContainerEngine").AssertNoErrors().Objects<ContainerEngineTestResult>());
        Assert.True(result.Reachable);
        Assert.Equal(DockerCli.Run("version", "--format", "{{.Server.APIVersion}}"), result.ServerApiVersion);
        Assert.NotEmpty(result.ApiVersion);
        Assert.NotNull(result.Latency);
        Assert.Equal("", result.Reason);
        Assert.Equal([true], _ps.Run("Test-ContainerEngine -Quiet").AssertNoErrors().Objects<bool>());
    }

    [Fact]
    public void TestNeverThrowsForAnUnreachableEngineAndSaysWhy()
    {
        string socket = $"/tmp/ct-absent-{_objects.RunId}.sock";
        ContainerEngineTestResult result = Assert.Single(_ps.Run("Test-ContainerEngine -DockerHost $args[0] -ErrorAction Stop", "unix://" + socket).AssertNoErrors().Objects<ContainerEngineTestResult>());
        Assert.False(result.Reachable);
        Assert.Equal(Containers.Engine.Errors.UnreachableReason.NoSocket, result.ReasonKind);
        Assert.Contains(socket, result.Reason, StringComparison.Ordinal);
        Assert.Null(result.Latency);
        Assert.Equal([false], _ps.Run("Test-ContainerEngine -DockerHost $args[0] -Quiet", "unix://" + socket).AssertNoErrors().Objects<bool>());
    }

    [Fact]
    public void DiskUsageHasTheFourDockerSystemDfLinesWithPerObjectDetail()
    {
        string volume = _objects.CreateVolume("sized");
        DockerCli.Run("run", "--rm", "-v", volume + ":/data", TestObjects.Image, "dd", "if=/dev/zero", "of=/data/blob", "bs=1000", "count=40");
        ContainerDiskUsageInfo[] lines = _ps.Run("Get-ContainerDiskUsage").AssertNoErrors().Objects<ContainerDiskUsageInfo>();
        Assert.Equal(["Images", "Containers", "Local Volumes", "Build Cache"], lines.Select(l => l.Type));
        ContainerDiskUsageInfo volumes = lines[2];
        ContainerDiskUsageItem item = Assert.Single(volumes.Items, i => i.Name == volume);
        Assert.True(item.Size >= 40_000, $"size {item.Size}");
        Assert.False(item.Active);
        Assert.True(volumes.Reclaimable >= item.Size);
        Assert.Equal(volumes.Items.Count, volumes.TotalCount);
        Assert.Contains(lines[0].Items, i => i.Name == TestObjects.Image);

        string verbose = string.Join("\n", _ps.Run("Get-ContainerDiskUsage -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message").Objects<string>());
        Assert.Contains(volume, verbose, StringComparison.Ordinal);
        Assert.Contains(TestObjects.Image, verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void ClearWhatIfRemovesNothingAnywhere()
    {
        string stopped = _objects.CreateExited("stopped");
        string network = _objects.CreateNetwork("unused");
        string anonymous = DockerCli.Run("volume", "create", "--label", _objects.Label);
        string[] Snapshot() => [.. DockerCli.Lines("ps", "-aq", "--no-trunc", "--filter", "label=" + _objects.Label), .. DockerCli.Lines("network", "ls", "-q", "--no-trunc", "--filter", "label=" + _objects.Label),
            .. DockerCli.Lines("volume", "ls", "-q", "--filter", "label=" + _objects.Label), .. DockerCli.Lines("images", "-q", "--no-trunc", TestObjects.Image)];
        string[] before = Snapshot();
        // System-wide, unlabelled: only ever with -WhatIf in tests.
        _ps.Run("Clear-ContainerEngine -All -Volumes -WhatIf").AssertNoErrors();
        Assert.Equal(before.Order(), Snapshot().Order());
        Assert.Contains(stopped, before);
        Assert.Contains(network, before);
        Assert.Contains(anonymous, before);
    }

    [Fact]
    public void ClearRemovesLabelledUnusedObjectsReportsReclaimedBytesAndKeepsWhatIsInUse()
    {
        string stopped = _objects.CreateExited("stopped");
        DockerCli.Run("run", "--label", _objects.Label, "--name", _objects.Name("writer"), TestObjects.Image, "dd", "if=/dev/zero", "of=/blob", "bs=1000", "count=30");
        string unusedNetwork = _objects.Name("unused");
        _objects.CreateNetwork("unused");
        string usedNetwork = _objects.Name("used");
        _objects.CreateNetwork("used");
        string running = _objects.StartRunning("runner", "--network", usedNetwork);
        string anonymous = DockerCli.Run("volume", "create", "--label", _objects.Label);
        string named = _objects.CreateVolume("named");

        ContainerEngineClearResult result = Assert.Single(_ps.Run("Clear-ContainerEngine -Volumes -Label $args[0] -Confirm:$false", _objects.Label).AssertNoErrors().Objects<ContainerEngineClearResult>());
        Assert.Contains(stopped, result.ContainersDeleted);
        Assert.Equal(2, result.ContainersDeleted.Count);
        Assert.Equal([unusedNetwork], result.NetworksDeleted);
        Assert.Equal([anonymous], result.VolumesDeleted);
        Assert.True(result.SpaceReclaimed >= 30_000, $"reclaimed {result.SpaceReclaimed}");
        Assert.Equal([running], DockerCli.Lines("ps", "-aq", "--no-trunc", "--filter", "label=" + _objects.Label));
        Assert.Equal([usedNetwork], DockerCli.Lines("network", "ls", "--format", "{{.Name}}", "--filter", "label=" + _objects.Label));
        Assert.Equal([named], DockerCli.Lines("volume", "ls", "-q", "--filter", "label=" + _objects.Label));
        Assert.NotEmpty(DockerCli.Lines("images", "-q", TestObjects.Image));
    }

    [Fact]
    public void ClearRemovesDanglingImagesAndWithAllUnusedTaggedOnesButNeverImagesInUse()
    {
        string tag = _objects.Name("img");
        string dangling = Build(tag, "one");
        string tagged = Build(tag, "two");
        string used = Build(_objects.Name("used"), "three");
        _objects.CreateOnly("user-of-image", "--label", _objects.Label);
        DockerCli.Run("create", "--label", _objects.Label, "--name", _objects.Name("keeps-image"), _objects.Name("used"), "true");

        ContainerEngineClearResult first = Assert.Single(_ps.Run("Clear-ContainerEngine -Label $args[0] -Confirm:$false", _objects.Label).AssertNoErrors().Objects<ContainerEngineClearResult>());
        Assert.Equal([dangling], first.ImagesDeleted);
        Assert.Equal(2, first.ContainersDeleted.Count);

        _objects.StartRunning("runner-of-image");
        DockerCli.Run("run", "-d", "--label", _objects.Label, "--name", _objects.Name("runs-used"), _objects.Name("used"), "sleep", "3600");
        ContainerEngineClearResult second = Assert.Single(_ps.Run("Clear-ContainerEngine -All -Label $args[0] -Confirm:$false", _objects.Label).AssertNoErrors().Objects<ContainerEngineClearResult>());
        Assert.Equal([tagged], second.ImagesDeleted);
        Assert.Empty(DockerCli.Lines("images", "-q", tag));
        Assert.Equal(used, DockerCli.Run("image", "inspect", "--format", "{{.Id}}", _objects.Name("used")));
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

using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Podman;

/// <summary>
/// The cmdlets against Podman's Docker-compatible socket (issue #8), a private podman service started for this class;
/// the docker CLI on the same socket is the oracle. -DockerHost only: no process environment is changed.
/// </summary>
public sealed class PodmanCmdletsTests : IClassFixture<PowerShellSession>, IClassFixture<PodmanService>
{
    private readonly PowerShellSession _ps;
    private readonly PodmanService _podman;
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];

    public PodmanCmdletsTests(PowerShellSession ps, PodmanService podman)
    {
        _ps = ps;
        _podman = podman;
    }

    private string Name(string suffix) => $"ct-{_run}-{suffix}";

    private PowerShellSession.Result Run(string script, params object[] arguments) =>
        _ps.Run("$h = $args[0]; $n = $args[1]; $run = $args[2]\n" + script, [_podman.Url, .. arguments]);

    [Fact]
    public void GetContainerEngineSaysItIsPodman()
    {
        ContainerEngineInfo engine = Assert.Single(Run("Get-ContainerEngine -DockerHost $h").AssertNoErrors().Objects<ContainerEngineInfo>());
        Assert.True(engine.IsPodman);
        Assert.Equal("Podman Engine", engine.Product);
        Assert.Equal(_podman.Cli("version", "--format", "{{.Server.Version}}"), engine.Version);
        ContainerEngineInfo docker = Assert.Single(_ps.Run("Get-ContainerEngine").AssertNoErrors().Objects<ContainerEngineInfo>());
        Assert.False(docker.IsPodman);
        Assert.Equal("Engine", docker.Product);
    }

    [Fact]
    public void RunsTheContainerLifecycleThroughTheCmdlets()
    {
        string name = Name("life");
        Run("""
            $null = New-Container containers-test/busybox:latest -Command 'sh', '-c', 'echo hello from podman; exec sleep 3600' -Name $n -Network none -Label @{ 'containers.test.run' = $run } -DockerHost $h
            Start-Container -Name $n -DockerHost $h
            """, name, _run).AssertNoErrors();
        ContainerInfo running = Assert.Single(Run("Get-Container -Name $n -DockerHost $h", name, _run).AssertNoErrors().Objects<ContainerInfo>());
        Assert.Equal("running", running.State);
        Assert.Equal(_podman.Cli("inspect", "--format", "{{.Id}}", name), running.Id);

        string[] log = Run("Get-ContainerLog -Name $n -DockerHost $h | ForEach-Object Line", name, _run).AssertNoErrors().Output.Select(o => o.ToString()).ToArray();
        Assert.Contains("hello from podman", log);

        string[] exec = Run("Invoke-ContainerCommand $n -Command 'sh', '-c', 'echo in-exec' -DockerHost $h", name, _run).AssertNoErrors().Output.Select(o => o.ToString()).ToArray();
        Assert.Equal(["in-exec"], exec);

        Run("Stop-Container -Name $n -DockerHost $h", name, _run).AssertNoErrors();
        Assert.Equal("exited", _podman.Cli("inspect", "--format", "{{.State.Status}}", name));
        Run("Remove-Container -Name $n -DockerHost $h -Confirm:$false", name, _run).AssertNoErrors();
        Assert.Empty(_podman.Cli("ps", "-aq", "--filter", "name=" + name));

        // Gone: the same not-found error as against Docker, and the pipeline goes on.
        PowerShellSession.Result missing = Run("Get-Container -Name $n -DockerHost $h", name, _run);
        ErrorRecord error = Assert.Single(missing.Errors);
        Assert.Equal("ContainerNotFound,Containers.GetContainerCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Fact]
    public void CreatesListsAndRemovesVolumesAndImages()
    {
        string volume = Name("vol");
        Run("$null = New-ContainerVolume $n -Label @{ 'containers.test.run' = $run } -DockerHost $h", volume, _run).AssertNoErrors();
        ContainerVolumeInfo listed = Assert.Single(Run("Get-ContainerVolume -DockerHost $h | Where-Object Name -eq $n", volume, _run).AssertNoErrors().Objects<ContainerVolumeInfo>());
        Assert.Equal(_podman.Cli("volume", "inspect", "--format", "{{.Mountpoint}}", volume), listed.Mountpoint);
        Run("Remove-ContainerVolume $n -DockerHost $h -Confirm:$false", volume, _run).AssertNoErrors();
        Assert.Empty(_podman.Cli("volume", "ls", "-q", "--filter", "name=" + volume));

        string tag = $"localhost/ct-{_run}/img:latest";
        _podman.Cli("tag", PodmanService.Image, tag);
        ContainerImageInfo image = Assert.Single(Run("Get-ContainerImage -DockerHost $h | Where-Object { $_.RepoTags -contains $n }", tag, _run).AssertNoErrors().Objects<ContainerImageInfo>());
        Assert.Equal(_podman.Cli("image", "inspect", "--format", "{{.Id}}", tag), image.Id);
        Run("Remove-ContainerImage $n -DockerHost $h -Confirm:$false", tag, _run).AssertNoErrors();
        Assert.Empty(_podman.Cli("images", "-q", tag));
    }
}

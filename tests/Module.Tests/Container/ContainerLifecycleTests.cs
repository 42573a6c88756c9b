using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Container;

/// <summary>Start, stop, kill, restart, pause, resume, rename, wait, remove: each checked with the docker CLI.</summary>
public sealed class ContainerLifecycleTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    public ContainerLifecycleTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    private static string State(string id) => DockerCli.Run("inspect", "--format", "{{.State.Status}}", id);

    [Fact]
    public void StartsStopsRestartsPausesAndResumes()
    {
        string id = DockerCli.Run("create", "--name", _objects.Name("cycle"), "--label", _objects.Label, TestObjects.Image, "sleep", "300");
        string name = _objects.Name("cycle");

        Assert.Equal("running", Assert.Single(_ps.Run("Start-Container $args[0] -PassThru", name).AssertNoErrors().Objects<ContainerInfo>()).State);
        Assert.Equal("running", State(id));
        _ps.Run("Suspend-Container $args[0]", name).AssertNoErrors();
        Assert.Equal("paused", State(id));
        _ps.Run("Resume-Container $args[0]", name).AssertNoErrors();
        Assert.Equal("running", State(id));
        string startedBefore = DockerCli.Run("inspect", "--format", "{{.State.StartedAt}}", id);
        _ps.Run("Restart-Container $args[0] -Timeout 0", name).AssertNoErrors();
        Assert.Equal("running", State(id));
        Assert.NotEqual(startedBefore, DockerCli.Run("inspect", "--format", "{{.State.StartedAt}}", id));
        _ps.Run("Stop-Container $args[0] -Timeout 1", name).AssertNoErrors();
        Assert.Equal("exited", State(id));
        // Already stopped: not an error, as with docker stop.
        _ps.Run("Stop-Container $args[0]", name).AssertNoErrors();
    }

    [Fact]
    public void ForceKillsAndSignalIsDelivered()
    {
        string killed = _objects.StartRunning("kill");
        _ps.Run("Stop-Container $args[0] -Force", _objects.Name("kill")).AssertNoErrors();
        Assert.Equal("137", DockerCli.Run("inspect", "--format", "{{.State.ExitCode}}", killed));

        // sh as PID 1 ignores SIGTERM without a trap; with a trap on USR1 it exits 42 when signalled.
        string trapped = DockerCli.Run("run", "-d", "--name", _objects.Name("sig"), "--label", _objects.Label, TestObjects.Image,
            "sh", "-c", "trap 'exit 42' USR1; while true; do sleep 0.1; done");
        _ps.Run("Stop-Container $args[0] -Signal SIGUSR1 -Timeout 10", _objects.Name("sig")).AssertNoErrors();
        Assert.Equal("42", DockerCli.Run("inspect", "--format", "{{.State.ExitCode}}", trapped));
    }

    [Fact]
    public void WaitReturnsExitCodesInInputOrder()
    {
        _objects.CreateExited("w3", exitCode: 3);
        _objects.CreateExited("w0", exitCode: 0);
        ContainerExitInfo[] exits = _ps.Run("Wait-Container $args[0], $args[1]", _objects.Name("w3"), _objects.Name("w0")).AssertNoErrors().Objects<ContainerExitInfo>();
        Assert.Equal([(_objects.Name("w3"), 3L), (_objects.Name("w0"), 0L)], exits.Select(e => (e.Name, e.ExitCode)));
    }

    [Fact]
    public void RemoveHonoursWhatIfAndRefusesARunningContainerWithoutForce()
    {
        string id = _objects.StartRunning("keep");
        _ps.Run("Remove-Container $args[0] -WhatIf", _objects.Name("keep")).AssertNoErrors();
        Assert.Equal("running", State(id));

        PowerShellSession.Result refused = _ps.Run("Remove-Container $args[0] -Confirm:$false", _objects.Name("keep"));
        ErrorRecord error = Assert.Single(refused.Errors);
        Assert.Equal("EngineConflict,Containers.RemoveContainerCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal("running", State(id));

        _ps.Run("Remove-Container $args[0] -Force -Confirm:$false", _objects.Name("keep")).AssertNoErrors();
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "id=" + id));
    }

    [Fact]
    public void AMissingContainerMidListIsObjectNotFoundAndTheOthersAreRemoved()
    {
        string a = _objects.CreateExited("rm-a");
        string b = _objects.CreateExited("rm-b");
        PowerShellSession.Result result = _ps.Run("Remove-Container $args[0], $args[1], $args[2] -Confirm:$false",
            _objects.Name("rm-a"), _objects.Name("rm-missing"), _objects.Name("rm-b"));
        Assert.Null(result.Terminating);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ContainerNotFound,Containers.RemoveContainerCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(_objects.Name("rm-missing"), error.TargetObject);
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "id=" + a));
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "id=" + b));
    }

    [Fact]
    public void StoppedContainersPipeIntoRemoveContainer()
    {
        string running = _objects.StartRunning("pipe-up");
        _objects.CreateExited("pipe-x1");
        _objects.CreateExited("pipe-x2", exitCode: 1);
        _ps.Run("Get-Container -Status exited -Label $args[0] | Remove-Container -Confirm:$false", _objects.Label).AssertNoErrors();
        Assert.Equal([running], DockerCli.Lines("ps", "-aq", "--no-trunc", "--filter", "label=" + _objects.Label));
    }

    [Fact]
    public void ManyContainersStopConcurrentlyAndComeOutInInputOrder()
    {
        string[] names = Enumerable.Range(0, 12).Select(i => _objects.Name($"many-{i:D2}")).ToArray();
        foreach (string name in names)
        {
            DockerCli.Run("run", "-d", "--name", name, "--label", _objects.Label, TestObjects.Image, "sleep", "300");
        }
        string[] reversed = names.Reverse().ToArray();
        ContainerInfo[] stopped = _ps.Run("$args | Stop-Container -Timeout 0 -ThrottleLimit 4 -PassThru", [.. reversed]).AssertNoErrors().Objects<ContainerInfo>();
        Assert.Equal(reversed, stopped.Select(c => c.Name));
        Assert.All(stopped, c => Assert.Equal("exited", c.State));
    }

    [Fact]
    public void RenameRefusesATakenName()
    {
        _objects.CreateOnly("ren-a");
        _objects.CreateOnly("ren-b");
        ContainerInfo renamed = Assert.Single(_ps.Run("Rename-Container $args[0] $args[1] -PassThru", _objects.Name("ren-a"), _objects.Name("ren-c")).AssertNoErrors().Objects<ContainerInfo>());
        Assert.Equal(_objects.Name("ren-c"), renamed.Name);
        ErrorRecord error = Assert.Single(_ps.Run("Rename-Container $args[0] $args[1]", _objects.Name("ren-c"), _objects.Name("ren-b")).Errors);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
    }

    [Fact]
    public void WildcardsWorkForNonDestructiveVerbsOnly()
    {
        string a = _objects.StartRunning("wc-a");
        string b = _objects.StartRunning("wc-b");
        _ps.Run("Stop-Container $args[0] -Timeout 0", _objects.Name("wc-*")).AssertNoErrors();
        Assert.Equal(["exited", "exited"], new[] { State(a), State(b) });
        // Remove takes the name literally: no container is called "…wc-*".
        ErrorRecord error = Assert.Single(_ps.Run("Remove-Container $args[0] -Confirm:$false", _objects.Name("wc-*")).Errors);
        Assert.Equal("ContainerNotFound,Containers.RemoveContainerCommand", error.FullyQualifiedErrorId);
        Assert.Equal("exited", State(a));
    }

    [Fact]
    public void ProcessesAndChangesAreListed()
    {
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name("top"), "--label", _objects.Label, TestObjects.Image, "sh", "-c", "echo x > /tmp/made; sleep 300");
        DockerCli.Run("exec", id, "true");
        ContainerProcessInfo[] processes = _ps.Run("Get-ContainerProcess $args[0]", _objects.Name("top")).AssertNoErrors().Objects<ContainerProcessInfo>();
        Assert.Contains(processes, p => p.Command.Contains("sleep 300", StringComparison.Ordinal) && p.Pid > 0);
        string[] changes = _ps.Run("Get-ContainerChange $args[0] | ForEach-Object ToString", _objects.Name("top")).AssertNoErrors().Objects<string>();
        Assert.Contains("A /tmp/made", changes);
        Assert.Equal(DockerCli.Lines("diff", id).Order(), changes.Order());
    }

    [Fact]
    public void ExportStreamsTheFileSystemToATarFile()
    {
        _objects.CreateOnly("export");
        string path = Path.Combine(Path.GetTempPath(), $"ct-export-{_objects.RunId}.tar");
        try
        {
            FileInfo file = Assert.Single(_ps.Run("Export-Container $args[0] -Path $args[1]", _objects.Name("export"), path).AssertNoErrors().Objects<FileInfo>());
            Assert.True(file.Length > 1_000_000);
            var tar = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("tar", ["-tf", path]) { RedirectStandardOutput = true })!;
            string listing = tar.StandardOutput.ReadToEnd();
            tar.WaitForExit();
            Assert.Contains("bin/busybox", listing, StringComparison.Ordinal);
            ErrorRecord exists = Assert.Single(_ps.Run("Export-Container $args[0] -Path $args[1]", _objects.Name("export"), path).Errors);
            Assert.Equal("FileExists,Containers.ExportContainerCommand", exists.FullyQualifiedErrorId);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SetChangesLimitsAndRestartPolicy()
    {
        string id = _objects.StartRunning("update");
        _ps.Run("Set-Container $args[0] -Memory 96MB -MemorySwap 192MB -Cpus 0.5 -RestartPolicy on-failure:4", _objects.Name("update")).AssertNoErrors();
        Assert.Equal($"{96L * 1024 * 1024} 500000000 on-failure 4",
            DockerCli.Run("inspect", "--format", "{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}", id));
    }

    [Fact]
    public void ClearContainerHonoursWhatIfAndRemovesOnlyStoppedOnes()
    {
        string running = _objects.StartRunning("prune-up");
        string exited = _objects.CreateExited("prune-down");
        PowerShellSession.Result whatIf = _ps.Run("Clear-Container -Label $args[0] -WhatIf", _objects.Label);
        whatIf.AssertNoErrors();
        Assert.Equal(2, DockerCli.Lines("ps", "-aq", "--filter", "label=" + _objects.Label).Length);

        Containers.Engine.Models.PruneResult result = Assert.Single(_ps.Run("Clear-Container -Label $args[0] -Confirm:$false", _objects.Label).AssertNoErrors().Objects<Containers.Engine.Models.PruneResult>());
        Assert.Equal([exited], result.Deleted);
        Assert.Equal([running], DockerCli.Lines("ps", "-aq", "--no-trunc", "--filter", "label=" + _objects.Label));
    }
}

using System.Management.Automation;
using Containers.Tests;

namespace Containers.Module.Tests.Container;

/// <summary>New-Container and Invoke-ContainerImage: what the module creates, docker inspect must see.</summary>
public sealed class NewContainerTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    public NewContainerTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    private string Inspect(string id, string format) => DockerCli.Run("inspect", "--format", format, id);

    [Fact]
    public void CreatesWhatDockerInspectSees()
    {
        string volume = _objects.CreateVolume("data");
        ContainerInfo c = Assert.Single(_ps.Run("""
            New-Container $args[0] -Name $args[1] -Label @{ ($args[2]) = $args[3]; tier = 'web' } -Publish '127.0.0.1:18181:80', '53/udp' `
                -Volume "$($args[4]):/data:ro" -Mount 'type=tmpfs,target=/scratch' -Environment @{ GREETING = 'hi there' } `
                -Memory '96m' -Cpus 1.5 -RestartPolicy 'on-failure:2' -User '1000:1000' -WorkingDirectory '/tmp' -Hostname 'box' `
                -HealthCheckCommand 'true' -HealthCheckInterval ([timespan]::FromSeconds(7)) -HealthCheckRetries 2 -Command sleep, 30
            """, TestObjects.Image, _objects.Name("full"), TestObjects.RunLabel, _objects.RunId, volume).AssertNoErrors().Objects<ContainerInfo>());
        Assert.Equal(_objects.Name("full"), c.Name);
        Assert.Equal("created", c.State);
        string id = c.Id;
        Assert.Equal("""{"53/udp":[{"HostIp":"","HostPort":""}],"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"18181"}]}""", Inspect(id, "{{json .HostConfig.PortBindings}}"));
        Assert.Equal($"{96L * 1024 * 1024} 1500000000 on-failure 2", Inspect(id, "{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}"));
        Assert.Contains("GREETING=hi there", Inspect(id, "{{json .Config.Env}}"), StringComparison.Ordinal);
        Assert.Equal("1000:1000 /tmp box [sleep 30]", Inspect(id, "{{.Config.User}} {{.Config.WorkingDir}} {{.Config.Hostname}} {{.Config.Cmd}}"));
        Assert.Equal($"[{volume}:/data:ro]", Inspect(id, "{{.HostConfig.Binds}}"));
        Assert.Contains("\"Type\":\"tmpfs\"", Inspect(id, "{{json .HostConfig.Mounts}}"), StringComparison.Ordinal);
        Assert.Equal("[CMD-SHELL true] 7s 2", Inspect(id, "{{.Config.Healthcheck.Test}} {{.Config.Healthcheck.Interval}} {{.Config.Healthcheck.Retries}}"));
        Assert.Equal("web", Inspect(id, "{{index .Config.Labels \"tier\"}}"));
    }

    [Theory]
    [InlineData("-Publish '99999:80'", "Publish")]
    [InlineData("-Publish '80/icmp'", "Publish")]
    [InlineData("-Volume 'data:relative'", "Volume")]
    [InlineData("-Memory '12q'", "Memory")]
    [InlineData("-Memory 1KB", "Memory")]
    [InlineData("-RestartPolicy sometimes", "RestartPolicy")]
    [InlineData("-Mount 'type=nfs,target=/x'", "Mount")]
    public void InvalidValuesAreParameterErrorsAndNothingIsCreated(string parameters, string parameter)
    {
        PowerShellSession.Result result = _ps.Run($"New-Container $args[0] -Name $args[1] {parameters}", TestObjects.Image, _objects.Name("bad"));
        ErrorRecord error = Assert.IsType<ErrorRecord>(result.Terminating);
        Assert.Matches("^Parameter(ArgumentValidationError|ArgumentTransformationError)", error.FullyQualifiedErrorId);
        Assert.Contains(parameter, error.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "name=" + _objects.Name("bad")));
    }

    [Fact]
    public void AMissingImageIsObjectNotFound()
    {
        ErrorRecord error = Assert.Single(_ps.Run("New-Container 'containers-test/no-such-image:1' -Name $args[0]", _objects.Name("noimg")).Errors);
        Assert.Equal("ImageNotFound,Containers.NewContainerCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Fact]
    public void WhatIfCreatesNothing()
    {
        _ps.Run("New-Container $args[0] -Name $args[1] -WhatIf", TestObjects.Image, _objects.Name("whatif")).AssertNoErrors();
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "name=" + _objects.Name("whatif")));
    }

    [Fact]
    public void RunStreamsStdoutAsOutputStderrAsInformationAndSetsLastExitCode()
    {
        PowerShellSession.Result result = _ps.Run("""
            Invoke-ContainerImage $args[0] -Name $args[1] -Label @{ ($args[2]) = $args[3] } -- sh -c 'echo one; echo two; echo oops >&2; printf tail; exit 3'
            "exit=$LASTEXITCODE"
            """, TestObjects.Image, _objects.Name("run"), TestObjects.RunLabel, _objects.RunId);
        Assert.Null(result.Terminating);
        Assert.Equal(["one", "two", "tail", "exit=3"], result.Output.Select(o => o.ToString()));
        Assert.Empty(result.Errors);
        PowerShellSession.Result captured = _ps.Run("""
            $ErrorActionPreference = 'Stop'
            $null = Invoke-ContainerImage $args[0] -AutoRemove -InformationVariable info -- sh -c 'echo out; echo oops >&2'
            $info | Where-Object Tags -contains 'stderr' | ForEach-Object { "$($_.MessageData)" }
            """, TestObjects.Image);
        Assert.Equal(["oops"], captured.AssertNoErrors().Output.Select(o => o.ToString()));
        Assert.Equal("exited", DockerCli.Run("inspect", "--format", "{{.State.Status}}", _objects.Name("run")));
    }

    [Fact]
    public void RunWithAutoRemoveLeavesNothingAndStillKnowsTheExitCode()
    {
        PowerShellSession.Result result = _ps.Run("""
            Invoke-ContainerImage $args[0] -Name $args[1] -AutoRemove -- sh -c 'echo bye; exit 5'
            $LASTEXITCODE
            """, TestObjects.Image, _objects.Name("rm"));
        Assert.Equal(["bye", "5"], result.AssertNoErrors().Output.Select(o => o.ToString()));
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "name=" + _objects.Name("rm")));
    }

    [Fact]
    public void RunWithATtyGivesRawOutput()
    {
        PowerShellSession.Result result = _ps.Run("Invoke-ContainerImage $args[0] -Name $args[1] -Tty -AutoRemove -- sh -c 'echo tty-line'", TestObjects.Image, _objects.Name("tty"));
        Assert.Equal(["tty-line"], result.AssertNoErrors().Output.Select(o => o.ToString()));
    }

    [Fact]
    public void DetachReturnsTheRunningContainer()
    {
        ContainerInfo c = Assert.Single(_ps.Run("Invoke-ContainerImage $args[0] -Name $args[1] -Label @{ ($args[2]) = $args[3] } -Detach -- sleep 300",
            TestObjects.Image, _objects.Name("bg"), TestObjects.RunLabel, _objects.RunId).AssertNoErrors().Objects<ContainerInfo>());
        Assert.Equal("running", c.State);
        Assert.Equal("running", DockerCli.Run("inspect", "--format", "{{.State.Status}}", c.Id));
    }
}

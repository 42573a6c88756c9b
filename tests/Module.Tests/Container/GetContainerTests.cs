using System.Management.Automation;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Module.Tests.Container;

public sealed class GetContainerTests : IClassFixture<PowerShellSession>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();

    public GetContainerTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => _objects.Dispose();

    [Fact]
    public void AllReturnsOneObjectPerContainerTheDockerCliLists()
    {
        _objects.StartRunning("all-a");
        _objects.CreateExited("all-b");
        Snapshots.AssertSameAsCli(
            () => _ps.Run("Get-Container -All").AssertNoErrors().Objects<ContainerInfo>().Select(c => c.Id),
            () => DockerCli.Lines("ps", "-a", "--no-trunc", "--format", "{{.ID}}"));
    }

    [Fact]
    public void WithoutAllReturnsOnlyRunningContainers()
    {
        string up = _objects.StartRunning("run-up");
        string down = _objects.CreateExited("run-down");
        string[] ids = _ps.Run("Get-Container -Label $args[0] | ForEach-Object Id", _objects.Label).AssertNoErrors().Objects<string>();
        Assert.Equal([up], ids);
        Assert.Contains(down, _ps.Run("Get-Container -All -Label $args[0] | ForEach-Object Id", _objects.Label).Objects<string>());
    }

    [Fact]
    public void NameTakesWildcardsAndFindsStoppedContainers()
    {
        string a = _objects.CreateExited("wild-a");
        string b = _objects.StartRunning("wild-b");
        _objects.StartRunning("other");
        ContainerInfo[] found = _ps.Run("Get-Container -Name $args[0]", _objects.Name("wild-*")).AssertNoErrors().Objects<ContainerInfo>();
        Assert.Equal(new[] { a, b }.Order(), found.Select(c => c.Id).Order());
        Assert.All(found, c => Assert.StartsWith(_objects.Name("wild-"), c.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownNameIsObjectNotFoundAndTheOtherNamesStillCome()
    {
        string web = _objects.StartRunning("known");
        PowerShellSession.Result result = _ps.Run("Get-Container -Name $args[0], $args[1], $args[2]", _objects.Name("missing"), _objects.Name("known"), _objects.Name("gone"));
        Assert.Null(result.Terminating);
        Assert.Equal([web], result.Objects<ContainerInfo>().Select(c => c.Id));
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e =>
        {
            Assert.Equal("ContainerNotFound,Containers.GetContainerCommand", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category);
        });
        Assert.Equal(_objects.Name("missing"), result.Errors[0].TargetObject);
        Assert.Contains(_objects.Name("gone"), result.Errors[1].Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesFromThePipelineBindByPropertyName()
    {
        string a = _objects.StartRunning("pipe-a");
        string b = _objects.CreateExited("pipe-b");
        string[] ids = _ps.Run("$args | ForEach-Object { [pscustomobject]@{ Name = $_ } } | Get-Container | ForEach-Object Id",
            _objects.Name("pipe-b"), _objects.Name("pipe-a")).AssertNoErrors().Objects<string>();
        Assert.Equal([b, a], ids);
    }

    [Fact]
    public void IdTakesAUniquePrefixLikeTheCli()
    {
        string id = _objects.StartRunning("by-id");
        ContainerInfo found = Assert.Single(_ps.Run("Get-Container -Id $args[0]", id[..16]).AssertNoErrors().Objects<ContainerInfo>());
        Assert.Equal(id, found.Id);
        Assert.Equal(id[..12], found.ShortId);
    }

    [Fact]
    public void AnUnknownIdIsObjectNotFound()
    {
        PowerShellSession.Result result = _ps.Run("Get-Container -Id 'ffffffffffff0000'");
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ContainerNotFound,Containers.GetContainerCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Fact]
    public void StatusFiltersWithoutAll()
    {
        _objects.StartRunning("st-up");
        string exited = _objects.CreateExited("st-down", exitCode: 2);
        string created = _objects.CreateOnly("st-new");
        string[] ids = _ps.Run("Get-Container -Status exited, created -Label $args[0] | ForEach-Object Id", _objects.Label).AssertNoErrors().Objects<string>();
        Assert.Equal(new[] { exited, created }.Order(), ids.Order());
    }

    [Fact]
    public void AnInvalidStatusIsAParameterErrorBeforeAnyCall()
    {
        PowerShellSession.Result result = _ps.Run("Get-Container -Status sleeping");
        Assert.NotNull(result.Terminating);
        Assert.StartsWith("ParameterArgumentValidationError", result.Terminating.FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectsHaveRealTypesPortsAndNoLeadingSlash()
    {
        string id = _objects.StartRunning("shape", "-p", "127.0.0.1:0:80", "--label", "tier=web");
        ContainerInfo c = Assert.Single(_ps.Run("Get-Container -Name $args[0]", _objects.Name("shape")).AssertNoErrors().Objects<ContainerInfo>());
        Assert.Equal(_objects.Name("shape"), c.Name);
        Assert.Equal("running", c.State);
        Assert.Equal(DateTimeKind.Local, c.Created.Kind);
        DateTime cliCreated = DateTime.Parse(DockerCli.Run("inspect", "--format", "{{.Created}}", id), System.Globalization.CultureInfo.InvariantCulture).ToLocalTime();
        Assert.InRange((cliCreated - c.Created).TotalSeconds, 0, 1);
        PortMapping port = Assert.Single(c.Ports);
        Assert.Equal(80, port.PrivatePort);
        Assert.Contains($"80/tcp -> 127.0.0.1:{port.PublicPort}", DockerCli.Lines("port", id));
        Assert.Equal("web", c.Labels["tier"]);
        Assert.Equal("default", c.Context);
    }

    [Fact]
    public void PortsCanBeFilteredAsObjects()
    {
        _objects.StartRunning("p-80", "-p", "127.0.0.1:0:80");
        _objects.StartRunning("p-none");
        string[] names = _ps.Run("Get-Container -Label $args[0] | Where-Object { $_.Ports.PrivatePort -contains 80 } | ForEach-Object Name", _objects.Label).Objects<string>();
        Assert.Equal([_objects.Name("p-80")], names);
    }

    [Fact]
    public void TheDefaultViewIsADockerPsTableWithPorts()
    {
        _objects.StartRunning("view", "-p", "127.0.0.1:0:80");
        string text = string.Join("\n", _ps.Run("Get-Container -Name $args[0] | Out-String -Width 250", _objects.Name("view")).Objects<string>());
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES$", lines[0]);
        Assert.Contains(_objects.Name("view"), lines[2], StringComparison.Ordinal);
        Assert.Matches(@"127\.0\.0\.1:\d+->80/tcp", lines[2]);
        Assert.Contains("ago", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void DetailedGivesWhatDockerInspectGives()
    {
        string volume = _objects.CreateVolume("detail");
        string id = _objects.StartRunning("detail", "-e", "MODE=test", "--memory", "64m", "--restart", "on-failure:3", "-v", volume + ":/data", "-p", "127.0.0.1:0:80",
            "--health-cmd", "true", "--health-interval", "1s");
        ContainerDetailInfo d = Assert.Single(_ps.Run("Get-Container -Name $args[0] -Detailed", _objects.Name("detail")).AssertNoErrors().Objects<ContainerDetailInfo>());
        Assert.Equal(id, d.Id);
        Assert.Equal("running", d.State);
        Assert.Equal("test", d.Environment["MODE"]);
        Assert.Equal(64L * 1024 * 1024, d.MemoryBytes);
        Assert.Equal("on-failure:3", d.RestartPolicy?.ToString());
        Assert.Equal(int.Parse(DockerCli.Run("inspect", "--format", "{{.State.Pid}}", id), System.Globalization.CultureInfo.InvariantCulture), d.Pid);
        Assert.Equal($"{volume}:/data", Assert.Single(d.Mounts).ToString());
        Assert.Contains($"80/tcp -> {Assert.Single(d.Ports).HostIP}:{d.Ports[0].PublicPort}", DockerCli.Lines("port", id));
        Assert.Equal(["sleep", "3600"], d.CommandLine);
        Assert.Contains(d.Health, new[] { "starting", "healthy" });
    }
}

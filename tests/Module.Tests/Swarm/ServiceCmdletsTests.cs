using System.Management.Automation;
using System.Text.Json;
using Containers.Tests;

namespace Containers.Module.Tests.Swarm;

/// <summary>
/// The swarm cmdlets against a real single-node swarm started for this class (issue #8): a dockerd of its own in its own
/// network namespace (tools/swarm-engine.sh), reached with -DockerHost; the shared default engine, which is no swarm
/// manager, gives the SwarmNotManager error. The docker CLI pointed at the swarm is the oracle.
/// </summary>
public sealed class ServiceCmdletsTests : IClassFixture<PowerShellSession>, IClassFixture<SwarmEngine>, IDisposable
{
    private readonly PowerShellSession _ps;
    private readonly SwarmEngine _swarm;
    private readonly TestObjects _objects = new();

    public ServiceCmdletsTests(PowerShellSession ps, SwarmEngine swarm)
    {
        _ps = ps;
        _swarm = swarm;
    }

    public void Dispose()
    {
        _swarm.RemoveServices(_objects.Label);
        _objects.Dispose();
    }

    // Every script gets the swarm's socket as $h.
    private PowerShellSession.Result Run(string script, params object[] arguments) =>
        _ps.Run($"$h = '{_swarm.UnixSocket}'\n" + script, arguments);

    private string NewSleeper(string suffix, int replicas)
    {
        string name = _objects.Name(suffix);
        Run("New-ContainerService -DockerHost $h -Name $args[0] -Image $args[1] -Replicas $args[2] -Command sleep, 3600 -Label @{ $args[3] = $args[4] }",
            name, TestObjects.Image, replicas, TestObjects.RunLabel, _objects.RunId).AssertNoErrors();
        return name;
    }

    private JsonElement[] CliRunningTasks(string service) =>
        _swarm.CliLines("service", "ps", service, "--no-trunc", "--filter", "desired-state=running", "--format", "{{json .}}")
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    private bool RunsTasks(string service, int count)
    {
        JsonElement[] rows = CliRunningTasks(service);
        return rows.Length == count && rows.All(r => r.GetProperty("CurrentState").GetString()!.StartsWith("Running", StringComparison.Ordinal));
    }

    [Fact]
    public void CreatesTwoReplicasScalesToThreeThroughThePipelineAndListsTheTasksAsTheCliDoes()
    {
        string name = _objects.Name("web");
        ContainerServiceInfo created = Assert.Single(Run(
            "New-ContainerService -DockerHost $h -Name $args[0] -Image $args[1] -Replicas 2 -Command sleep, 3600 -Label @{ $args[2] = $args[3] }",
            name, TestObjects.Image, TestObjects.RunLabel, _objects.RunId).AssertNoErrors().Objects<ContainerServiceInfo>());
        Assert.Equal(name, created.Name);
        Assert.Equal(2, created.Replicas);
        Assert.Equal(_swarm.Cli("service", "inspect", name, "--format", "{{.ID}}"), created.Id);
        Assert.True(SwarmEngine.WaitFor(() => RunsTasks(name, 2)), "the CLI never saw 2 running tasks");

        ContainerServiceTaskInfo[] tasks = Run("Get-ContainerServiceTask -DockerHost $h $args[0] -DesiredState Running", name).AssertNoErrors().Objects<ContainerServiceTaskInfo>();
        JsonElement[] cli = CliRunningTasks(name);
        Assert.Equal(cli.Select(r => r.GetProperty("ID").GetString()).Order(), tasks.Select(t => t.Id).Order());
        Assert.Equal(cli.Select(r => r.GetProperty("Name").GetString()).Order(), tasks.Select(t => t.Name).Order());
        Assert.Equal(cli.Select(r => r.GetProperty("Node").GetString()).Order(), tasks.Select(t => t.Node).Order());
        Assert.All(tasks, t => Assert.Equal("running", t.State));

        Run("Get-ContainerService -DockerHost $h $args[0] | Set-ContainerService -DockerHost $h -Replicas 3 -Confirm:$false", name).AssertNoErrors();
        Assert.Equal("3", _swarm.Cli("service", "inspect", name, "--format", "{{.Spec.Mode.Replicated.Replicas}}"));
        Assert.True(SwarmEngine.WaitFor(() => RunsTasks(name, 3)), "the CLI never saw 3 running tasks");
        ContainerServiceTaskInfo[] scaled = Run("Get-ContainerService -DockerHost $h $args[0] | Get-ContainerServiceTask -DockerHost $h -DesiredState Running", name)
            .AssertNoErrors().Objects<ContainerServiceTaskInfo>();
        Assert.Equal(3, scaled.Length);
        ContainerServiceInfo listed = Assert.Single(Run("Get-ContainerService -DockerHost $h -Label $args[0]", _objects.Label).AssertNoErrors().Objects<ContainerServiceInfo>());
        Assert.Equal("3/3", listed.ReplicaStatus);
        JsonElement row = JsonDocument.Parse(_swarm.Cli("service", "ls", "--filter", "name=" + name, "--format", "{{json .}}")).RootElement;
        Assert.Equal(row.GetProperty("Replicas").GetString(), listed.ReplicaStatus);
        Assert.Equal(row.GetProperty("Mode").GetString(), listed.Mode);
    }

    [Fact]
    public void SetUpdatesImageAndEnvironmentAndWhatIfChangesNothing()
    {
        string name = _objects.Name("env");
        string retagged = $"containers-test/busybox:svc-{_objects.RunId}";
        _swarm.Cli("tag", TestObjects.Image, retagged);
        Run("New-ContainerService -DockerHost $h -Name $args[0] -Image $args[1] -Command sleep, 3600 -Environment @{ KEEP = 'k'; DROP = 'd'; CHANGE = 'old' } -Label @{ $args[2] = $args[3] }",
            name, TestObjects.Image, TestObjects.RunLabel, _objects.RunId).AssertNoErrors();
        string before = _swarm.Cli("service", "inspect", name, "--format", "{{.Version.Index}}");

        Run("Set-ContainerService -DockerHost $h $args[0] -Image $args[1] -Environment @{ CHANGE = 'new'; DROP = $null } -WhatIf", name, retagged).AssertNoErrors();
        Assert.Equal(before, _swarm.Cli("service", "inspect", name, "--format", "{{.Version.Index}}"));

        ContainerServiceInfo updated = Assert.Single(Run("Set-ContainerService -DockerHost $h $args[0] -Image $args[1] -Environment @{ CHANGE = 'new'; DROP = $null; ADD = 'a' } -PassThru",
            name, retagged).AssertNoErrors().Objects<ContainerServiceInfo>());
        Assert.Equal(retagged, _swarm.Cli("service", "inspect", name, "--format", "{{.Spec.TaskTemplate.ContainerSpec.Image}}"));
        string[] environment = JsonSerializer.Deserialize<string[]>(_swarm.Cli("service", "inspect", name, "--format", "{{json .Spec.TaskTemplate.ContainerSpec.Env}}"))!;
        Assert.Equal(["ADD=a", "CHANGE=new", "KEEP=k"], environment.Order());
        Assert.Equal(environment.Order(), updated.Environment.Order());
        Assert.Equal(retagged, updated.Image);
    }

    [Fact]
    public void ReadsTheServiceLogOfEveryTask()
    {
        string name = _objects.Name("logs");
        Run("New-ContainerService -DockerHost $h $args[0] $args[1] -Command 'sh', '-c', 'echo out-line; echo err-line >&2; sleep 3600' -Replicas 2 -Label @{ $args[2] = $args[3] }",
            name, TestObjects.Image, TestObjects.RunLabel, _objects.RunId).AssertNoErrors();
        Assert.True(SwarmEngine.WaitFor(() => RunsTasks(name, 2)), "the CLI never saw 2 running tasks");
        ContainerServiceLogRecord[] lines = [];
        Assert.True(SwarmEngine.WaitFor(() =>
        {
            lines = Run("Get-ContainerServiceLog -DockerHost $h $args[0] -Timestamps", name).AssertNoErrors().Objects<ContainerServiceLogRecord>();
            return lines.Length >= 4;
        }), $"only {lines.Length} lines arrived");
        Assert.Equal(2, lines.Count(l => l is { Stream: "Stdout", Line: "out-line" }));
        Assert.Equal(2, lines.Count(l => l is { Stream: "Stderr", Line: "err-line" }));
        Assert.Equal(CliRunningTasks(name).Select(r => r.GetProperty("ID").GetString()).Order(), lines.Where(l => l.Stream == "Stdout").Select(l => l.TaskId).Order());
        Assert.All(lines, l => Assert.NotNull(l.Timestamp));
        Assert.Equal(["err-line", "err-line"], Run("Get-ContainerServiceLog -DockerHost $h $args[0] -Stream Stderr | ForEach-Object ToString", name).AssertNoErrors().Output.Select(o => (string)o.BaseObject));
    }

    [Fact]
    public void RemoveWritesObjectNotFoundForAnUnknownNameAndRemovesTheOthers()
    {
        string first = NewSleeper("rm1", 1);
        string second = NewSleeper("rm2", 1);
        string missing = _objects.Name("missing");
        PowerShellSession.Result result = Run("Remove-ContainerService -DockerHost $h $args[0], $args[1], $args[2] -Confirm:$false", first, missing, second);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ServiceNotFound,Containers.RemoveContainerServiceCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(missing, error.TargetObject);
        Assert.Null(result.Terminating);
        Assert.Empty(_swarm.CliLines("service", "ls", "-q", "--filter", "label=" + _objects.Label));
    }

    [Theory]
    [InlineData("Set-ContainerService -DockerHost $h $args[0], $args[1] -Label @{ touched = 'yes' } -Confirm:$false", "SetContainerServiceCommand")]
    [InlineData("Get-ContainerServiceTask -DockerHost $h $args[0], $args[1]", "GetContainerServiceTaskCommand")]
    [InlineData("Get-ContainerServiceLog -DockerHost $h $args[0], $args[1]", "GetContainerServiceLogCommand")]
    public void AnUnknownServiceMidListIsOneServiceNotFoundAndTheOtherIsStillHandled(string script, string cmdlet)
    {
        string missing = _objects.Name("absent");
        string name = NewSleeper("kept", 1);
        Assert.True(SwarmEngine.WaitFor(() => RunsTasks(name, 1)), "the CLI never saw the running task");
        PowerShellSession.Result result = Run(script, missing, name);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal($"ServiceNotFound,Containers.{cmdlet}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(missing, error.TargetObject);
        Assert.Contains(missing, error.Exception.Message, StringComparison.Ordinal);
        Assert.Null(result.Terminating);
        switch (cmdlet)
        {
            case "SetContainerServiceCommand":
                Assert.Equal("yes", _swarm.Cli("service", "inspect", name, "--format", "{{index .Spec.Labels \"touched\"}}"));
                break;
            case "GetContainerServiceTaskCommand":
                Assert.Equal(CliRunningTasks(name).Select(r => r.GetProperty("ID").GetString()), result.Objects<ContainerServiceTaskInfo>().Select(t => t.Id));
                break;
            default:
                // sleep writes nothing: the log of the known service is read (no error for it) and empty.
                Assert.Empty(result.Output);
                break;
        }
    }

    [Fact]
    public void RemoveWhatIfKeepsTheService()
    {
        string name = NewSleeper("stays", 1);
        Run("Get-ContainerService -DockerHost $h $args[0] | Remove-ContainerService -DockerHost $h -WhatIf", name).AssertNoErrors();
        Assert.Single(_swarm.CliLines("service", "ls", "-q", "--filter", "name=" + name));
    }

    [Fact]
    public void GetTakesWildcardsIdsAndFiltersAndReportsUnknownLiteralNames()
    {
        string web = NewSleeper("gw-a", 1);
        NewSleeper("gw-b", 1);
        ContainerServiceInfo[] matched = Run("Get-ContainerService -DockerHost $h ($args[0] + '*')", _objects.Name("gw-")).AssertNoErrors().Objects<ContainerServiceInfo>();
        Assert.Equal([_objects.Name("gw-a"), _objects.Name("gw-b")], matched.Select(s => s.Name));
        string id = _swarm.Cli("service", "inspect", web, "--format", "{{.ID}}");
        Assert.Equal(web, Assert.Single(Run("Get-ContainerService -DockerHost $h -Id $args[0]", id[..10]).AssertNoErrors().Objects<ContainerServiceInfo>()).Name);
        Assert.Equal(2, Run("Get-ContainerService -DockerHost $h -Filter @{ label = $args[0]; mode = 'replicated' }", _objects.Label).AssertNoErrors().Output.Count);
        Assert.Empty(Run("Get-ContainerService -DockerHost $h -Filter @{ label = $args[0] } -Mode Global", _objects.Label).AssertNoErrors().Output);
        PowerShellSession.Result result = Run("Get-ContainerService -DockerHost $h $args[0], $args[1]", _objects.Name("nope"), web);
        Assert.Equal(web, Assert.Single(result.Objects<ContainerServiceInfo>()).Name);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("ServiceNotFound,Containers.GetContainerServiceCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Fact]
    public void NewCreatesAGlobalServiceWithAPublishedPortAndRefusesATakenName()
    {
        string name = _objects.Name("glob");
        ContainerServiceInfo service = Assert.Single(Run("New-ContainerService -DockerHost $h $args[0] $args[1] -Command sleep, 3600 -Mode Global -Publish 18081:80 -Label @{ $args[2] = $args[3] }",
            name, TestObjects.Image, TestObjects.RunLabel, _objects.RunId).AssertNoErrors().Objects<ContainerServiceInfo>());
        Assert.Equal("global", service.Mode);
        Assert.Null(service.Replicas);
        JsonElement row = JsonDocument.Parse(_swarm.Cli("service", "ls", "--filter", "name=" + name, "--format", "{{json .}}")).RootElement;
        Assert.Equal(row.GetProperty("Ports").GetString(), Assert.Single(service.Ports).ToString());

        PowerShellSession.Result taken = Run("New-ContainerService -DockerHost $h $args[0] $args[1] -Command sleep, 3600", name, TestObjects.Image);
        ErrorRecord error = Assert.Single(taken.Errors);
        Assert.Equal("ServiceExists,Containers.NewContainerServiceCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);

        PowerShellSession.Result contradiction = Run("New-ContainerService -DockerHost $h $args[0] $args[1] -Mode Global -Replicas 2", _objects.Name("bad"), TestObjects.Image);
        Assert.Equal("InvalidArgument,Containers.NewContainerServiceCommand", Assert.Single(contradiction.Errors).FullyQualifiedErrorId);
        Assert.Empty(_swarm.CliLines("service", "ls", "-q", "--filter", "name=" + _objects.Name("bad")));

        PowerShellSession.Result scaleGlobal = Run("Set-ContainerService -DockerHost $h $args[0] -Replicas 2", name);
        Assert.Equal("InvalidArgument,Containers.SetContainerServiceCommand", Assert.Single(scaleGlobal.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void NewWhatIfCreatesNothing()
    {
        string name = _objects.Name("whatif");
        Run("New-ContainerService -DockerHost $h $args[0] $args[1] -WhatIf", name, TestObjects.Image).AssertNoErrors();
        Assert.Empty(_swarm.CliLines("service", "ls", "-q", "--filter", "name=" + name));
    }

    [Fact]
    public void GetContainerNodeListsTheManagerAsTheCliDoes()
    {
        ContainerNodeInfo node = Assert.Single(Run("Get-ContainerNode -DockerHost $h").AssertNoErrors().Objects<ContainerNodeInfo>());
        JsonElement row = JsonDocument.Parse(_swarm.Cli("node", "ls", "--format", "{{json .}}")).RootElement;
        Assert.Equal(row.GetProperty("ID").GetString(), node.Id);
        Assert.Equal(row.GetProperty("Hostname").GetString(), node.Hostname);
        Assert.Equal(row.GetProperty("Status").GetString(), node.State, ignoreCase: true);
        Assert.Equal(row.GetProperty("Availability").GetString(), node.Availability, ignoreCase: true);
        Assert.Equal(row.GetProperty("ManagerStatus").GetString(), node.ManagerStatus);
        Assert.Equal(row.GetProperty("EngineVersion").GetString(), node.EngineVersion);
        Assert.True(node.IsSelf);
        Assert.Empty(Run("Get-ContainerNode -DockerHost $h -Role Worker").AssertNoErrors().Output);
        ErrorRecord error = Assert.Single(Run("Get-ContainerNode -DockerHost $h no-such-node").Errors);
        Assert.Equal("NodeNotFound,Containers.GetContainerNodeCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
    }

    [Theory]
    [InlineData("Get-ContainerService", "GetContainerServiceCommand")]
    [InlineData("Get-ContainerServiceTask", "GetContainerServiceTaskCommand")]
    [InlineData("Get-ContainerNode", "GetContainerNodeCommand")]
    [InlineData("Get-ContainerSwarm", "GetContainerSwarmCommand")]
    [InlineData("Get-ContainerServiceLog web, api", "GetContainerServiceLogCommand")]
    [InlineData("Remove-ContainerService web, api -Confirm:$false", "RemoveContainerServiceCommand")]
    [InlineData("Set-ContainerService web, api -Replicas 2 -Confirm:$false", "SetContainerServiceCommand")]
    [InlineData("New-ContainerService web containers-test/busybox:latest -Confirm:$false", "NewContainerServiceCommand")]
    public void OnAnEngineThatIsNoSwarmManagerEachCmdletWritesOneClearError(string script, string type)
    {
        // The shared default engine is never made a swarm node by the tests.
        Assert.Equal("inactive", DockerCli.Run("info", "--format", "{{.Swarm.LocalNodeState}}"));
        PowerShellSession.Result result = _ps.Run(script);
        Assert.Empty(result.Errors);
        ErrorRecord error = Assert.IsType<ErrorRecord>(result.Terminating);
        Assert.Equal($"SwarmNotManager,Containers.{type}", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Contains("is not a swarm manager", error.Exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<global::Containers.Engine.Errors.EngineNotSwarmManagerException>(error.Exception.InnerException);
    }
}

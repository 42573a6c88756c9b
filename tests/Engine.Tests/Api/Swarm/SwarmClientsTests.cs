using System.Text.Json;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Specs;
using Containers.Engine.Streams;
using Containers.Tests;

namespace Containers.Engine.Tests.Api.Swarm;

/// <summary>
/// Services, tasks, nodes and service logs against a real single-node swarm (issue #8): a dockerd of its own, started
/// for this class in its own network namespace by tools/swarm-engine.sh (the shared default engine is never made a
/// swarm node). The docker CLI pointed at that engine is the oracle.
/// </summary>
public sealed class SwarmClientsTests : IClassFixture<SwarmEngine>, IDisposable
{
    private readonly SwarmEngine _swarm;
    private readonly TestObjects _objects = new();

    public SwarmClientsTests(SwarmEngine swarm) => _swarm = swarm;

    public void Dispose()
    {
        _swarm.RemoveServices(_objects.Label);
        _objects.Dispose();
    }

    private Task<EngineClient> ConnectAsync() => EngineClient.ConnectAsync(_swarm.Endpoint, null, CancellationToken.None);

    private Dictionary<string, string> RunLabel => new() { [TestObjects.RunLabel] = _objects.RunId };

    private CreateServiceOptions Sleeper(string suffix, long replicas) => new()
    {
        Name = _objects.Name(suffix),
        Image = TestObjects.Image,
        Command = ["sleep", "3600"],
        Replicas = replicas,
        Labels = RunLabel,
    };

    private JsonElement[] CliJson(params string[] args) =>
        _swarm.CliLines([.. args, "--format", "{{json .}}"]).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    // docker service ps NAME --filter desired-state=running, as (task id, name, current state) rows.
    private JsonElement[] CliRunningTasks(string service) => CliJson("service", "ps", service, "--no-trunc", "--filter", "desired-state=running");

    private bool RunsTasks(string service, int count)
    {
        JsonElement[] rows = CliRunningTasks(service);
        return rows.Length == count && rows.All(r => r.GetProperty("CurrentState").GetString()!.StartsWith("Running", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreatesAReplicatedServiceWhoseTwoTasksRunAsTheCliSees()
    {
        using EngineClient client = await ConnectAsync();
        CreateServiceResult created = await client.Services.CreateAsync(Sleeper("two", 2), CancellationToken.None);
        string name = _objects.Name("two");
        Assert.True(SwarmEngine.WaitFor(() => RunsTasks(name, 2)), "the CLI never saw 2 running tasks");

        IReadOnlyList<ServiceTask> tasks = await client.Tasks.ListAsync(new ListTasksOptions { Services = [name], DesiredState = "running" }, CancellationToken.None);
        JsonElement[] cli = CliRunningTasks(name);
        Assert.Equal(cli.Select(r => r.GetProperty("ID").GetString()).Order(), tasks.Select(t => t.Id).Order());
        Assert.Equal(cli.Select(r => r.GetProperty("Name").GetString()).Order(), tasks.Select(t => t.Name).Order());
        Assert.All(tasks, t =>
        {
            Assert.Equal("running", t.State);
            Assert.Equal(created.Id, t.ServiceId);
            Assert.Equal(name, t.ServiceName);
            Assert.NotNull(t.ContainerId);
        });
        Assert.Equal([1, 2], tasks.Select(t => t.Slot ?? 0).Order());

        ServiceSummary service = Assert.Single(await client.Services.ListAsync(new ListServicesOptions { Labels = [_objects.Label] }, CancellationToken.None));
        JsonElement row = Assert.Single(CliJson("service", "ls", "--filter", "label=" + _objects.Label));
        Assert.Equal(row.GetProperty("ID").GetString(), service.Id[..12]);
        Assert.Equal(row.GetProperty("Name").GetString(), service.Name);
        Assert.Equal(row.GetProperty("Mode").GetString(), service.Mode);
        Assert.Equal(row.GetProperty("Replicas").GetString(), $"{service.RunningTasks}/{service.DesiredTasks}");
        Assert.Equal(2, service.Replicas);
        Assert.Equal(["sleep", "3600"], service.Command);
        Assert.Equal(_objects.RunId, service.Labels[TestObjects.RunLabel]);
        Assert.Equal(_swarm.Cli("service", "inspect", name, "--format", "{{.Version.Index}}"), service.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ScalesToThreeAndTheThirdTaskRuns()
    {
        using EngineClient client = await ConnectAsync();
        string name = _objects.Name("scale");
        await client.Services.CreateAsync(Sleeper("scale", 2), CancellationToken.None);
        Assert.True(SwarmEngine.WaitFor(() => RunsTasks(name, 2)), "the CLI never saw 2 running tasks");

        UpdateServiceResult result = await client.Services.UpdateAsync(name, new UpdateServiceOptions { Replicas = 3 }, CancellationToken.None);
        Assert.False(result.Retried);
        Assert.True(SwarmEngine.WaitFor(() => RunsTasks(name, 3)), "the CLI never saw 3 running tasks");
        Assert.Equal("3", _swarm.Cli("service", "inspect", name, "--format", "{{.Spec.Mode.Replicated.Replicas}}"));
        IReadOnlyList<ServiceTask> tasks = await client.Tasks.ListAsync(new ListTasksOptions { Services = [name], DesiredState = "running" }, CancellationToken.None);
        Assert.Equal([1, 2, 3], tasks.Select(t => t.Slot ?? 0).Order());
    }

    [Fact]
    public async Task UpdatesImageAndEnvironmentAndKeepsWhatItDoesNotModel()
    {
        string name = _objects.Name("update");
        string retagged = $"containers-test/busybox:swarm-{_objects.RunId}";
        _swarm.Cli("tag", TestObjects.Image, retagged);
        try
        {
            _swarm.Cli("service", "create", "-d", "--name", name, "--label", _objects.Label, "--env", "A=1", "--env", "B=2",
                "--restart-condition", "on-failure", "--stop-grace-period", "3s", TestObjects.Image, "sleep", "3600");
            using EngineClient client = await ConnectAsync();
            await client.Services.UpdateAsync(name, new UpdateServiceOptions
            {
                Image = retagged,
                Environment = new Dictionary<string, string?> { ["A"] = "10", ["B"] = null, ["C"] = "3" },
            }, CancellationToken.None);

            Assert.Equal(retagged, _swarm.Cli("service", "inspect", name, "--format", "{{.Spec.TaskTemplate.ContainerSpec.Image}}"));
            Assert.Equal("[A=10 C=3]", _swarm.Cli("service", "inspect", name, "--format", "{{.Spec.TaskTemplate.ContainerSpec.Env}}"));
            // Fields this library has no model for went back to the daemon untouched.
            Assert.Equal("on-failure", _swarm.Cli("service", "inspect", name, "--format", "{{.Spec.TaskTemplate.RestartPolicy.Condition}}"));
            Assert.Equal("3s", _swarm.Cli("service", "inspect", name, "--format", "{{.Spec.TaskTemplate.ContainerSpec.StopGracePeriod}}"));
            // The rolling update replaces the task with one running the new image.
            Assert.True(SwarmEngine.WaitFor(() => CliRunningTasks(name) is [var row] && row.GetProperty("Image").GetString() == retagged
                && row.GetProperty("CurrentState").GetString()!.StartsWith("Running", StringComparison.Ordinal)), "no running task of the new image");
        }
        finally
        {
            _swarm.RemoveServices(_objects.Label);
        }
    }

    [Fact]
    public async Task RetriesOnceWhenSomeoneElseUpdatedTheServiceBetweenReadAndWrite()
    {
        string name = _objects.Name("race");
        using EngineClient client = await ConnectAsync();
        await client.Services.CreateAsync(Sleeper("race", 1), CancellationToken.None);
        var attempts = new List<int>();
        UpdateServiceResult result = await client.Services.UpdateCoreAsync(name, new UpdateServiceOptions { Labels = new Dictionary<string, string?> { ["ours"] = "1" } }, attempt =>
        {
            attempts.Add(attempt);
            if (attempt == 0)
            {
                // The docker CLI changes the service after we read it: our version is now stale.
                _swarm.Cli("service", "update", "-d", "--label-add", "theirs=1", name);
            }
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.True(result.Retried);
        Assert.Equal([0, 1], attempts);
        // Both changes are there: the retry applied ours on top of theirs.
        Assert.Equal("1", _swarm.Cli("service", "inspect", name, "--format", "{{index .Spec.Labels \"ours\"}}"));
        Assert.Equal("1", _swarm.Cli("service", "inspect", name, "--format", "{{index .Spec.Labels \"theirs\"}}"));
    }

    [Fact]
    public async Task ASecondConflictIsThrownNotRetriedForever()
    {
        string name = _objects.Name("race2");
        using EngineClient client = await ConnectAsync();
        await client.Services.CreateAsync(Sleeper("race2", 1), CancellationToken.None);
        int calls = 0;
        EngineException error = await Assert.ThrowsAnyAsync<EngineException>(() => client.Services.UpdateCoreAsync(name, new UpdateServiceOptions { Replicas = 2 }, attempt =>
        {
            calls++;
            _swarm.Cli("service", "update", "-d", "--label-add", $"theirs={attempt}", name);
            return Task.CompletedTask;
        }, CancellationToken.None));
        Assert.Contains("out of sequence", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, calls);
        Assert.Equal("1", _swarm.Cli("service", "inspect", name, "--format", "{{.Spec.Mode.Replicated.Replicas}}"));
    }

    [Fact]
    public async Task ReadsServiceLogsWithTheirStreamAndTask()
    {
        string name = _objects.Name("logs");
        using EngineClient client = await ConnectAsync();
        await client.Services.CreateAsync(new CreateServiceOptions
        {
            Name = name,
            Image = TestObjects.Image,
            Command = ["sh", "-c", "echo out-$GREETING; echo err-line >&2; sleep 3600"],
            Environment = new Dictionary<string, string> { ["GREETING"] = "hello" },
            Replicas = 2,
            Labels = RunLabel,
        }, CancellationToken.None);
        Assert.True(SwarmEngine.WaitFor(() => RunsTasks(name, 2)), "the CLI never saw 2 running tasks");
        string[] taskIds = CliRunningTasks(name).Select(r => r.GetProperty("ID").GetString()!).ToArray();

        List<ServiceLogLine> lines = [];
        Assert.True(SwarmEngine.WaitFor(() =>
        {
            lines = ReadAll(client, name, new ServiceLogsOptions { Timestamps = true });
            return lines.Count >= 4;
        }), $"only {lines.Count} log lines arrived");
        Assert.Equal(2, lines.Count(l => l is { Stream: StreamKind.Stdout, Text: "out-hello" }));
        Assert.Equal(2, lines.Count(l => l is { Stream: StreamKind.Stderr, Text: "err-line" }));
        Assert.Equal(taskIds.Order(), lines.Where(l => l.Stream == StreamKind.Stdout).Select(l => l.TaskId).Order());
        string serviceId = _swarm.Cli("service", "inspect", name, "--format", "{{.ID}}");
        string nodeId = _swarm.Cli("info", "--format", "{{.Swarm.NodeID}}");
        Assert.All(lines, l =>
        {
            Assert.Equal(serviceId, l.ServiceId);
            Assert.Equal(nodeId, l.NodeId);
            Assert.NotNull(l.Timestamp);
        });
        // The CLI reads the same lines.
        Assert.Equal(2, _swarm.CliLines("service", "logs", "--raw", name).Count(l => l == "out-hello"));
    }

    private static List<ServiceLogLine> ReadAll(EngineClient client, string name, ServiceLogsOptions options) =>
        client.Services.ReadLogsAsync(name, options, CancellationToken.None).ToBlockingEnumerable().ToList();

    [Fact]
    public async Task RemovesAServiceAndItsTasksGo()
    {
        string name = _objects.Name("gone");
        using EngineClient client = await ConnectAsync();
        await client.Services.CreateAsync(Sleeper("gone", 1), CancellationToken.None);
        await client.Services.RemoveAsync(name, CancellationToken.None);
        Assert.Empty(_swarm.CliLines("service", "ls", "-q", "--filter", "name=" + name));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Services.InspectAsync(name, CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Services.RemoveAsync(name, CancellationToken.None));
    }

    [Fact]
    public async Task CreatesAGlobalServiceWithPublishedPortsAsTheCliShowsThem()
    {
        string name = _objects.Name("global");
        using EngineClient client = await ConnectAsync();
        await client.Services.CreateAsync(new CreateServiceOptions
        {
            Name = name,
            Image = TestObjects.Image,
            Command = ["sleep", "3600"],
            Mode = ServiceMode.Global,
            Ports = PortSpec.Parse("18080:80"),
            Labels = RunLabel,
        }, CancellationToken.None);
        ServiceSummary service = await client.Services.InspectAsync(name, CancellationToken.None);
        Assert.Equal("global", service.Mode);
        Assert.Null(service.Replicas);
        ServicePort port = Assert.Single(service.Ports);
        JsonElement row = Assert.Single(CliJson("service", "ls", "--filter", "name=" + name));
        Assert.Equal(row.GetProperty("Mode").GetString(), service.Mode);
        Assert.Equal(row.GetProperty("Ports").GetString(), port.ToString());
        Assert.True(SwarmEngine.WaitFor(() => RunsTasks(name, 1)), "the global task never ran");
        ServiceTask task = Assert.Single(await client.Tasks.ListAsync(new ListTasksOptions { Services = [name], DesiredState = "running" }, CancellationToken.None));
        Assert.Null(task.Slot);
        Assert.Equal(CliRunningTasks(name)[0].GetProperty("Name").GetString(), task.Name);
        await Assert.ThrowsAsync<ArgumentException>(() => client.Services.UpdateAsync(name, new UpdateServiceOptions { Replicas = 2 }, CancellationToken.None));
    }

    [Fact]
    public async Task RefusesContradictoryOptionsBeforeAskingTheEngine()
    {
        using EngineClient client = await ConnectAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => client.Services.CreateAsync(new CreateServiceOptions { Image = TestObjects.Image, Mode = ServiceMode.Global, Replicas = 2, Name = _objects.Name("bad") }, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Services.CreateAsync(new CreateServiceOptions { Image = TestObjects.Image, Ports = PortSpec.Parse("127.0.0.1:8080:80"), Name = _objects.Name("bad") }, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => client.Tasks.ListAsync(new ListTasksOptions { DesiredState = "sleeping" }, CancellationToken.None));
        Assert.Empty(_swarm.CliLines("service", "ls", "-q", "--filter", "name=" + _objects.Name("bad")));
    }

    [Fact]
    public async Task ListsTheSingleManagerNodeAsTheCliDoes()
    {
        using EngineClient client = await ConnectAsync();
        SwarmNode node = Assert.Single(await client.Nodes.ListAsync(new ListNodesOptions(), CancellationToken.None));
        JsonElement row = Assert.Single(CliJson("node", "ls"));
        Assert.Equal(row.GetProperty("ID").GetString(), node.Id);
        Assert.Equal(row.GetProperty("Hostname").GetString(), node.Hostname);
        Assert.Equal("Leader", row.GetProperty("ManagerStatus").GetString());
        Assert.True(node.IsLeader);
        Assert.Equal("manager", node.Role);
        Assert.Equal("ready", node.State);
        Assert.Equal("active", node.Availability);
        Assert.Equal(_swarm.Cli("node", "inspect", "self", "--format", "{{.Description.Engine.EngineVersion}}"), node.EngineVersion);
        Assert.Equal(node.Id, (await client.Nodes.InspectAsync("self", CancellationToken.None)).Id);
        Assert.Empty(await client.Nodes.ListAsync(new ListNodesOptions { Role = "worker" }, CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Nodes.InspectAsync("no-such-node-" + _objects.RunId, CancellationToken.None));
    }

    [Fact]
    public async Task InspectsTheSwarmAndRefusesASecondInit()
    {
        using EngineClient client = await ConnectAsync();
        SwarmSummary swarm = await client.Swarm.InspectAsync(CancellationToken.None);
        Assert.Equal(_swarm.Cli("info", "--format", "{{.Swarm.Cluster.ID}}"), swarm.Id);
        EngineApiException error = await Assert.ThrowsAsync<EngineApiException>(() => client.Swarm.InitAsync(new InitSwarmOptions { AdvertiseAddress = "127.0.0.1" }, CancellationToken.None));
        Assert.Contains("already part of a swarm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEngineThatIsNoSwarmManagerSaysSoForEveryCall()
    {
        // The shared default engine is never made a swarm node by the tests.
        Assert.Equal("inactive", DockerCli.Run("info", "--format", "{{.Swarm.LocalNodeState}}"));
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        EngineNotSwarmManagerException error = await Assert.ThrowsAsync<EngineNotSwarmManagerException>(() => client.Services.ListAsync(new ListServicesOptions(), CancellationToken.None));
        Assert.Contains("not a swarm manager", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<EngineNotSwarmManagerException>(() => client.Services.CreateAsync(Sleeper("nomanager", 1), CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotSwarmManagerException>(() => client.Tasks.ListAsync(new ListTasksOptions(), CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotSwarmManagerException>(() => client.Nodes.ListAsync(new ListNodesOptions(), CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotSwarmManagerException>(() => client.Swarm.InspectAsync(CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotSwarmManagerException>(() => client.Services.UpdateAsync("web", new UpdateServiceOptions { Replicas = 1 }, CancellationToken.None));
    }
}

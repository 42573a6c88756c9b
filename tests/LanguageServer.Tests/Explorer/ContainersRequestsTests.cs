using System.Text.Json;
using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;
using Containers.Tests;

namespace Containers.LanguageServer.Tests.Explorer;

/// <summary>
/// The explorer's <c>containers/*</c> requests against the real dockerd (issue #10/#11); the docker CLI prepares
/// the objects and checks the outcome.
/// </summary>
public sealed class ContainersRequestsTests
{
    // The explorer does not care about networking, and a container without one starts even where the engine's
    // default bridge is unavailable.
    private const string NoNetwork = "--network=none";

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AContainerCreatedWithTheCliIsNotifiedAndListed(string variant)
    {
        using var objects = new TestObjects();
        await using var client = await ExplorerSession.StartAsync(variant);
        // The first list starts the event watcher.
        var before = await ExplorerSession.ListAsync(client, "containers/listContainers");

        string id = objects.StartRunning("explorer", NoNetwork);
        var changed = await client.WaitForNotificationAsync("containers/changed", p => (string?)p["kind"] == "containers");
        var after = await ExplorerSession.ListAsync(client, "containers/listContainers");

        Assert.Null(ExplorerSession.Find(before, "id", id));
        Assert.Null(changed["error"]);
        var item = ExplorerSession.Find(after, "id", id);
        Assert.True(item is not null, $"{id} is not in the list\n{client.Trace}");
        Assert.Equal(objects.Name("explorer"), (string?)item["name"]);
        Assert.Equal(TestObjects.Image, (string?)item["image"]);
        Assert.Equal(ExplorerSession.CliState(id), (string?)item["state"]);
        // The status text moves with the clock ("Up 1 second", "Up 2 seconds"): only its start is stable.
        Assert.StartsWith("Up ", (string?)item["status"], StringComparison.Ordinal);
        Assert.Equal(
            DateTimeOffset.Parse(DockerCli.Run("inspect", "-f", "{{.Created}}", id), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds(),
            DateTimeOffset.Parse((string)item["created"]!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task StopsStartsAndRemovesAContainer(string variant)
    {
        using var objects = new TestObjects();
        string id = objects.StartRunning("actions", NoNetwork);
        await using var client = await ExplorerSession.StartAsync(variant);

        ExplorerSession.Result(await client.RequestAsync("containers/containerAction", new { id, action = "stop" }), "stop");
        string afterStop = ExplorerSession.CliState(id);
        ExplorerSession.Result(await client.RequestAsync("containers/containerAction", new { id, action = "start" }), "start");
        string afterStart = ExplorerSession.CliState(id);
        var running = await client.RequestAsync("containers/remove", new { kind = "container", id });
        ExplorerSession.Result(await client.RequestAsync("containers/remove", new { kind = "container", id, force = true }), "remove -f");

        Assert.Equal("exited", afterStop);
        Assert.Equal("running", afterStart);
        // Without force a running container is a conflict, as docker rm says.
        Assert.Equal(-32052, (int)running["error"]!["code"]!);
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "id=" + id));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ListsAndRemovesVolumesAndNetworksWithNotifications(string variant)
    {
        using var objects = new TestObjects();
        await using var client = await ExplorerSession.StartAsync(variant);
        await ExplorerSession.ListAsync(client, "containers/listVolumes");

        string volume = objects.CreateVolume("vol");
        await client.WaitForNotificationAsync("containers/changed", p => (string?)p["kind"] == "volumes");
        string network = objects.CreateNetwork("net");
        await client.WaitForNotificationAsync("containers/changed", p => (string?)p["kind"] == "networks");
        var volumes = await ExplorerSession.ListAsync(client, "containers/listVolumes");
        var networks = await ExplorerSession.ListAsync(client, "containers/listNetworks");

        var volumeItem = ExplorerSession.Find(volumes, "name", volume);
        Assert.True(volumeItem is not null, $"volume {volume} is not listed");
        Assert.Equal(DockerCli.Run("volume", "inspect", "-f", "{{.Mountpoint}}", volume), (string?)volumeItem["mountpoint"]);
        var networkItem = ExplorerSession.Find(networks, "id", network);
        Assert.True(networkItem is not null, $"network {network} is not listed");
        Assert.Equal(objects.Name("net"), (string?)networkItem["name"]);
        Assert.Equal("bridge", (string?)networkItem["driver"]);
        Assert.False((bool)networkItem["predefined"]!);
        Assert.True((bool)ExplorerSession.Find(networks, "name", "bridge")!["predefined"]!);

        ExplorerSession.Result(await client.RequestAsync("containers/remove", new { kind = "volume", id = volume }), "remove volume");
        ExplorerSession.Result(await client.RequestAsync("containers/remove", new { kind = "network", id = network }), "remove network");
        Assert.Empty(DockerCli.Lines("volume", "ls", "-q", "--filter", "name=^" + volume + "$"));
        Assert.Empty(DockerCli.Lines("network", "ls", "-q", "--filter", "id=" + network));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ListsTheTestImageWithItsSizeAndTags(string variant)
    {
        await using var client = await ExplorerSession.StartAsync(variant);

        var images = await ExplorerSession.ListAsync(client, "containers/listImages");

        string id = DockerCli.Run("image", "inspect", "-f", "{{.Id}}", TestObjects.Image);
        var item = ExplorerSession.Find(images, "id", id);
        Assert.True(item is not null, $"{id} is not listed");
        Assert.Contains(TestObjects.Image, item["repoTags"]!.AsArray().Select(t => (string?)t));
        Assert.Equal(long.Parse(DockerCli.Run("image", "inspect", "-f", "{{.Size}}", TestObjects.Image), System.Globalization.CultureInfo.InvariantCulture), (long)item["size"]!);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task InspectAnswersTheDaemonsJsonAsDockerInspectShowsIt(string variant)
    {
        using var objects = new TestObjects();
        string id = objects.CreateOnly("inspect", "--env", "EXPLORER=1");
        await using var client = await ExplorerSession.StartAsync(variant);

        var container = ExplorerSession.Result(await client.RequestAsync("containers/inspect", new { kind = "container", id = objects.Name("inspect") }), "inspect");
        var image = ExplorerSession.Result(await client.RequestAsync("containers/inspect", new { kind = "image", id = TestObjects.Image }), "inspect image");

        using var ours = JsonDocument.Parse((string)container["json"]!);
        using var cli = JsonDocument.Parse(DockerCli.Run("inspect", id));
        // docker inspect prints an array of the same objects.
        Assert.Equal(cli.RootElement[0].GetProperty("Id").GetString(), ours.RootElement.GetProperty("Id").GetString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.RootElement[0].GetProperty("Config").GetRawText()), JsonNode.Parse(ours.RootElement.GetProperty("Config").GetRawText())));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli.RootElement[0].GetProperty("HostConfig").GetRawText()), JsonNode.Parse(ours.RootElement.GetProperty("HostConfig").GetRawText())));
        Assert.Contains("\n  \"Id\"", (string)container["json"]!, StringComparison.Ordinal);
        using var imageJson = JsonDocument.Parse((string)image["json"]!);
        Assert.Equal(DockerCli.Run("image", "inspect", "-f", "{{.Id}}", TestObjects.Image), imageJson.RootElement.GetProperty("Id").GetString());
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task UnknownObjectsAndKindsAnswerErrorsAndTheServerGoesOn(string variant)
    {
        using var objects = new TestObjects();
        await using var client = await ExplorerSession.StartAsync(variant);

        var stop = await client.RequestAsync("containers/containerAction", new { id = objects.Name("missing"), action = "stop" });
        var volume = await client.RequestAsync("containers/remove", new { kind = "volume", id = objects.Name("missing") });
        var kind = await client.RequestAsync("containers/inspect", new { kind = "secret", id = "x" });
        var action = await client.RequestAsync("containers/containerAction", new { id = "x", action = "explode" });
        var list = await ExplorerSession.ListAsync(client, "containers/listNetworks");

        Assert.Equal(-32051, (int)stop["error"]!["code"]!);
        Assert.Contains(objects.Name("missing"), (string?)stop["error"]!["message"], StringComparison.Ordinal);
        Assert.Equal(-32051, (int)volume["error"]!["code"]!);
        Assert.Equal(-32602, (int)kind["error"]!["code"]!);
        Assert.Equal(-32602, (int)action["error"]!["code"]!);
        Assert.NotEmpty(list);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task WithoutAnEngineListsAnswerAClearErrorAndDockerfilesAreStillServed(string variant)
    {
        string socket = Path.Combine(Path.GetTempPath(), $"containers-no-engine-{Guid.NewGuid():N}.sock");
        await using var client = await ExplorerSession.StartAsync(variant, $"DOCKER_HOST=unix://{socket}");

        var containers = await client.RequestAsync("containers/listContainers", new { });
        var lost = await client.WaitForNotificationAsync("containers/changed", p => (string?)p["kind"] == "engine");
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen("file:///workspace/Dockerfile", "FORM x\n"));
        var diagnostics = await client.WaitForNotificationAsync("textDocument/publishDiagnostics");
        var contexts = await ExplorerSession.ListAsync(client, "containers/listContexts");

        Assert.Equal(-32050, (int)containers["error"]!["code"]!);
        Assert.Contains(socket, (string?)containers["error"]!["message"], StringComparison.Ordinal);
        Assert.Contains(socket, (string?)lost["error"], StringComparison.Ordinal);
        Assert.NotEmpty(diagnostics["diagnostics"]!.AsArray());
        var current = Assert.Single(contexts, c => (bool)c!["current"]!)!;
        Assert.Equal("default", (string?)current["name"]);
        Assert.Equal($"unix://{socket}", (string?)current["host"]);
        Assert.False(client.HasExited);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ListsTheCliContextsAndSwitchesToOne(string variant)
    {
        using var objects = new TestObjects();
        string config = Directory.CreateTempSubdirectory("containers-explorer-config-").FullName;
        try
        {
            string engine = EngineUnderTest.Endpoint.Url;
            string name = objects.Name("ctx");
            DockerCli.Run(new Dictionary<string, string> { ["DOCKER_CONFIG"] = config }, "context", "create", name, "--description", "explorer test", "--docker", "host=" + engine);
            // DOCKER_HOST would override any context, as in the CLI: the test sets the engine through the context only.
            await using var client = await ExplorerSession.StartAsync(variant, "-u", "DOCKER_HOST", "-u", "DOCKER_CONTEXT", "DOCKER_CONFIG=" + config);
            await ExplorerSession.ListAsync(client, "containers/listContainers");

            var contexts = await ExplorerSession.ListAsync(client, "containers/listContexts");
            ExplorerSession.Result(await client.RequestAsync("containers/useContext", new { name }), "useContext");
            var switched = await client.WaitForNotificationAsync("containers/changed", p => (string?)p["kind"] == "engine");
            var after = await ExplorerSession.ListAsync(client, "containers/listContexts");
            var unknown = await client.RequestAsync("containers/useContext", new { name = objects.Name("nope") });
            string id = objects.StartRunning("ctx", NoNetwork);
            await client.WaitForNotificationAsync("containers/changed", p => (string?)p["kind"] == "containers");
            var listed = await ExplorerSession.ListAsync(client, "containers/listContainers");

            string[] cliNames = DockerCli.Run(new Dictionary<string, string> { ["DOCKER_CONFIG"] = config }, "context", "ls", "--format", "{{.Name}}")
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.TrimEnd(' ', '*')).ToArray();
            Assert.Equal(cliNames.Order(StringComparer.Ordinal), contexts.Select(c => (string)c!["name"]!).Order(StringComparer.Ordinal));
            var created = ExplorerSession.Find(contexts, "name", name)!;
            Assert.Equal("explorer test", (string?)created["description"]);
            Assert.Equal(engine, (string?)created["host"]);
            Assert.False((bool)created["current"]!);
            Assert.Null(switched["error"]);
            Assert.True((bool)ExplorerSession.Find(after, "name", name)!["current"]!);
            Assert.Equal(-32053, (int)unknown["error"]!["code"]!);
            Assert.NotNull(ExplorerSession.Find(listed, "id", id));
        }
        finally
        {
            Directory.Delete(config, recursive: true);
        }
    }
}

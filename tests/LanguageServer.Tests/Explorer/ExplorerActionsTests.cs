using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;
using Containers.Tests;

namespace Containers.LanguageServer.Tests.Explorer;

/// <summary>
/// The explorer's image, stats, volume and lint requests (issue #11) against the real dockerd; the docker CLI
/// prepares the objects and is the oracle for what the server answers.
/// </summary>
public sealed class ExplorerActionsTests
{
    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ImageHistoryListsTheLayersAsDockerHistory(string variant)
    {
        await using var client = await ExplorerSession.StartAsync(variant);

        var layers = ExplorerSession.Result(await client.RequestAsync("containers/imageHistory", new { image = TestObjects.Image }), "imageHistory").AsArray();
        var missing = await client.RequestAsync("containers/imageHistory", new { image = "ct-no-such-image:never" });

        string[] cli = DockerCli.Lines("history", "--no-trunc", "--format", "{{.CreatedBy}}|{{.Comment}}", TestObjects.Image);
        Assert.Equal(cli, layers.Select(l => $"{(string?)l!["createdBy"]}|{(string?)l["comment"]}"));
        Assert.Equal(DockerCli.Run("image", "inspect", "-f", "{{.Size}}", TestObjects.Image), layers.Sum(l => (long)l!["size"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(-32051, (int)missing["error"]!["code"]!);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task StreamsStatsUntilStopped(string variant)
    {
        using var objects = new TestObjects();
        string id = DockerCli.Run("run", "-d", "--name", objects.Name("busy"), "--label", objects.Label, "--network=none", TestObjects.Image, "sh", "-c", "while :; do :; done");
        await using var client = await ExplorerSession.StartAsync(variant);

        var (_, response) = await client.StartRequestAsync("containers/streamStats", new { streamId = "s1", container = id });
        var samples = new List<JsonObject>();
        while (samples.Count < 3)
        {
            samples.Add(await client.WaitForNotificationAsync("containers/statsSample", p => (string?)p["streamId"] == "s1"));
        }
        ExplorerSession.Result(await client.RequestAsync("containers/stopStats", new { streamId = "s1" }), "stopStats");
        var answer = await response;
        client.DrainNotifications("containers/statsSample");
        await Task.Delay(TimeSpan.FromSeconds(3));
        var late = client.DrainNotifications("containers/statsSample");

        Assert.True((int)ExplorerSession.Result(answer, "streamStats")["samples"]! >= 3, client.Trace);
        Assert.Contains(samples, s => (double)s["cpuPercent"]! > 20);
        Assert.All(samples, s => Assert.True((ulong)s["memoryUsage"]! > 0));
        Assert.Empty(late);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task RunsAndTagsAnImage(string variant)
    {
        using var objects = new TestObjects();
        string name = objects.Name("ran");
        string tag = objects.Name("tagged") + ":v1";
        await using var client = await ExplorerSession.StartAsync(variant);
        try
        {
            var run = ExplorerSession.Result(await client.RequestAsync("containers/runImage", new { image = TestObjects.Image, name, command = new[] { "sleep", "300" } }), "runImage");
            var taken = await client.RequestAsync("containers/runImage", new { image = TestObjects.Image, name, command = (string[]?)null });
            ExplorerSession.Result(await client.RequestAsync("containers/tagImage", new { source = TestObjects.Image, target = tag }), "tagImage");

            Assert.Equal(DockerCli.Run("inspect", "-f", "{{.Id}}", name), (string?)run["id"]);
            Assert.Equal("running", ExplorerSession.CliState(name));
            Assert.Equal("[sleep 300]", DockerCli.Run("inspect", "-f", "{{.Config.Cmd}}", name));
            Assert.Equal(-32052, (int)taken["error"]!["code"]!);
            Assert.Equal(DockerCli.Run("image", "inspect", "-f", "{{.Id}}", TestObjects.Image), DockerCli.Run("image", "inspect", "-f", "{{.Id}}", tag));
        }
        finally
        {
            DockerCli.Run("rm", "-f", name);
            DockerCli.Run("rmi", tag);
        }
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ListsAndReadsAVolumesFilesWithoutLeavingAContainer(string variant)
    {
        using var objects = new TestObjects();
        string volume = objects.CreateVolume("files");
        DockerCli.Run("run", "--rm", "--network=none", "--label", objects.Label, "-v", volume + ":/data", TestObjects.Image, "sh", "-c",
            "mkdir -p /data/conf/deep && printf hello > /data/conf/greeting.txt && printf 12345 > /data/conf/deep/five && ln -s conf/greeting.txt /data/link");
        await using var client = await ExplorerSession.StartAsync(variant);

        var root = ExplorerSession.Result(await client.RequestAsync("containers/listVolumeFiles", new { volume, path = "" }), "list /").AsArray();
        var conf = ExplorerSession.Result(await client.RequestAsync("containers/listVolumeFiles", new { volume, path = "/conf/" }), "list conf").AsArray();
        var file = ExplorerSession.Result(await client.RequestAsync("containers/readVolumeFile", new { volume, path = "conf/greeting.txt" }), "read");
        var escape = await client.RequestAsync("containers/listVolumeFiles", new { volume, path = "../.." });
        var unknown = await client.RequestAsync("containers/listVolumeFiles", new { volume = objects.Name("no-such-volume"), path = "" });

        Assert.Equal(["conf:directory", "link:symlink"], root.Select(e => $"{(string?)e!["name"]}:{(string?)e["type"]}"));
        Assert.Equal("conf/greeting.txt", (string?)root[1]!["linkTarget"]);
        Assert.Equal(10, (long)root[0]!["size"]!);
        Assert.Equal(["deep:directory", "greeting.txt:file"], conf.Select(e => $"{(string?)e!["name"]}:{(string?)e["type"]}"));
        Assert.Equal("hello", (string?)file["text"]);
        Assert.Equal(5, (long)file["size"]!);
        Assert.False((bool)file["truncated"]!);
        Assert.Equal(-32053, (int)escape["error"]!["code"]!);
        Assert.Equal(-32051, (int)unknown["error"]!["code"]!);
        Assert.Empty(DockerCli.Lines("ps", "-aq", "--filter", "label=containers.explorer.volume-browser=" + volume));
        Assert.Empty(DockerCli.Lines("volume", "ls", "-q", "--filter", "name=" + objects.Name("no-such-volume")));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task LintsFilesOnDiskAsAnOpenDocumentIsDiagnosed(string variant)
    {
        string folder = Directory.CreateTempSubdirectory("containers-explorer-lint-").FullName;
        try
        {
            string text = "FROM busybox\nEXPOSE 80000\nFORM x\n";
            string bad = Path.Combine(folder, "Dockerfile");
            File.WriteAllText(bad, text);
            string clean = Path.Combine(folder, "clean.dockerfile");
            File.WriteAllText(clean, "FROM busybox\nCMD [\"sh\"]\n");
            string badUri = new Uri(bad).AbsoluteUri;
            string missingUri = new Uri(Path.Combine(folder, "missing")).AbsoluteUri;
            await using var client = await ExplorerSession.StartAsync(variant);

            var results = ExplorerSession.Result(await client.RequestAsync("containers/lintFiles", new { uris = new[] { badUri, new Uri(clean).AbsoluteUri, missingUri } }), "lintFiles").AsArray();
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = "file:///open/Dockerfile", languageId = "dockerfile", version = 1, text } });
            var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == "file:///open/Dockerfile");

            Assert.Equal(3, results.Count);
            Assert.Equal(badUri, (string?)results[0]!["uri"]);
            Assert.Equal(published["diagnostics"]!.ToJsonString(), results[0]!["diagnostics"]!.ToJsonString());
            Assert.NotEmpty(results[0]!["diagnostics"]!.AsArray());
            Assert.Empty(results[1]!["diagnostics"]!.AsArray());
            Assert.Null(results[1]!["error"]);
            Assert.NotNull((string?)results[2]!["error"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task LintChecksCopySourcesAgainstTheDockerignoreBesideTheFile(string variant)
    {
        string folder = Directory.CreateTempSubdirectory("containers-explorer-lint-").FullName;
        try
        {
            string dockerfile = Path.Combine(folder, "Dockerfile");
            File.WriteAllText(dockerfile, "FROM busybox\nCOPY secret.txt /s\n");
            File.WriteAllText(Path.Combine(folder, ".dockerignore"), "secret.txt\n");
            await using var client = await ExplorerSession.StartAsync(variant);

            var results = ExplorerSession.Result(await client.RequestAsync("containers/lintFiles", new { uris = new[] { new Uri(dockerfile).AbsoluteUri } }), "lintFiles").AsArray();

            var diagnostic = Assert.Single(results[0]!["diagnostics"]!.AsArray())!;
            Assert.Equal("CopyIgnoredFile", (string?)diagnostic["code"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

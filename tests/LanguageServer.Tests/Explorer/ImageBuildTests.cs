using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;
using Containers.Tests;

namespace Containers.LanguageServer.Tests.Explorer;

/// <summary><c>containers/buildImage</c> against the real dockerd: progress notifications in order, the image the CLI then sees.</summary>
public sealed class ImageBuildTests
{
    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task BuildsTheDockerfileAndReportsEachStep(string variant)
    {
        using var objects = new TestObjects();
        using var build = new BuildContext();
        string context = build.Path;
        // No RUN: the classic builder's RUN needs the engine's default bridge, which the test does not depend on.
        string dockerfile = Path.Combine(context, "Dockerfile");
        File.WriteAllText(dockerfile, $"FROM {TestObjects.Image}\nLABEL {objects.Label}\nENV EXPLORER_BUILD=1\n");
        string tag = objects.Name("built") + ":v1";
        await using var client = await ExplorerSession.StartAsync(variant);

        var response = await client.RequestAsync("containers/buildImage", new { buildId = "b1", dockerfile, context, tag });
        var result = ExplorerSession.Result(response, "buildImage");
        var steps = new List<JsonObject>();
        while (steps.Count < 3)
        {
            steps.Add(await client.WaitForNotificationAsync("containers/buildProgress", p => (string?)p["kind"] == "step"));
        }

        Assert.Equal(DockerCli.Run("image", "inspect", "-f", "{{.Id}}", tag), (string?)result["imageId"]);
        Assert.Equal(3, (int)result["steps"]!);
        Assert.Equal(["b1", "b1", "b1"], steps.Select(s => (string?)s["buildId"]));
        Assert.Equal([1, 2, 3], steps.Select(s => (int)s["step"]!));
        Assert.All(steps, s => Assert.Equal(3, (int)s["stepCount"]!));
        Assert.StartsWith("FROM ", (string?)steps[0]["text"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"EXPLORER_BUILD=1\"", DockerCli.Run("image", "inspect", "-f", "{{json .Config.Env}}", tag), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AFailingStepAnswersAnErrorNamingIt(string variant)
    {
        using var objects = new TestObjects();
        using var build = new BuildContext();
        string context = build.Path;
        string dockerfile = Path.Combine(context, "Dockerfile");
        File.WriteAllText(dockerfile, $"FROM {TestObjects.Image}\nLABEL {objects.Label}\nCOPY missing-file /x\n");
        await using var client = await ExplorerSession.StartAsync(variant);

        var response = await client.RequestAsync("containers/buildImage", new { buildId = "b2", dockerfile, context, tag = objects.Name("broken") });
        var missing = await client.RequestAsync("containers/buildImage", new { buildId = "b3", dockerfile = Path.Combine(context, "Nope"), context, tag = (string?)null });

        Assert.Equal(-32053, (int)response["error"]!["code"]!);
        Assert.Contains("missing-file", (string?)response["error"]!["message"], StringComparison.Ordinal);
        Assert.Equal(-32602, (int)missing["error"]!["code"]!);
        Assert.Empty(DockerCli.Lines("images", "-q", objects.Name("broken")));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task CancellingTheRequestStopsTheBuildAndItsRunningStep(string variant)
    {
        using var objects = new TestObjects();
        using var build = new BuildContext();
        string context = build.Path;
        // The RUN step sleeps far longer than the client waits for an answer: only a working cancel answers in time.
        // (Unlike the tests above, this one needs the engine's default bridge: a long step needs RUN.)
        // The image's label is inherited by the step's container, which is how the CLI finds it.
        string dockerfile = Path.Combine(context, "Dockerfile");
        File.WriteAllText(dockerfile, $"FROM {TestObjects.Image}\nLABEL {objects.Label}\nRUN sleep 600\n");
        await using var client = await ExplorerSession.StartAsync(variant);

        var (id, response) = await client.StartRequestAsync("containers/buildImage", new { buildId = "b4", dockerfile, context, tag = objects.Name("cancelled") });
        await client.WaitForNotificationAsync("containers/buildProgress", p => (string?)p["kind"] == "step" && (int)p["step"]! == 3);
        Assert.True(SwarmEngine.WaitFor(() => DockerCli.Lines("ps", "-q", "--filter", "label=" + objects.Label).Length == 1, 30), "the RUN step's container never started");
        await client.NotifyAsync("$/cancelRequest", new { id });
        var answer = await response;

        Assert.Equal(-32800, (int)answer["error"]!["code"]!);
        Assert.True(SwarmEngine.WaitFor(() => DockerCli.Lines("ps", "-aq", "--filter", "label=" + objects.Label).Length == 0, 30), "the RUN step's container outlived the cancelled build");
        Assert.Empty(DockerCli.Lines("images", "-q", objects.Name("cancelled")));
        // The connection is still good for the next request.
        Assert.NotNull(ExplorerSession.Result(await client.RequestAsync("containers/listImages", new { }), "listImages"));
    }

    /// <summary>A scratch build context, deleted with everything in it when the test ends.</summary>
    private sealed class BuildContext : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("containers-explorer-build-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

using System.Text;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Tests;

namespace Containers.Engine.Tests.Podman;

/// <summary>
/// The engine against Podman's Docker-compatible service (issue #8): detection, the container lifecycle subset,
/// images and volumes. The docker CLI talking to the same Podman socket is the oracle.
/// </summary>
public sealed class PodmanCompatibilityTests : IClassFixture<PodmanService>
{
    private readonly PodmanService _podman;
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];

    public PodmanCompatibilityTests(PodmanService podman) => _podman = podman;

    private string Label => $"{TestObjects.RunLabel}={_run}";

    private string Name(string suffix) => $"ct-{_run}-{suffix}";

    private Task<EngineClient> ConnectAsync() => EngineClient.ConnectAsync(_podman.Endpoint, null, CancellationToken.None);

    [Fact]
    public async Task DetectsPodmanFromItsPingAndTheDockerEngineIsNot()
    {
        using EngineClient podman = await ConnectAsync();
        Assert.True(podman.Ping.IsPodman);
        Assert.Equal(_podman.Cli("version", "--format", "{{.Server.Version}}"), podman.Ping.LibpodApiVersion);
        Assert.Equal(_podman.Cli("version", "--format", "{{.Server.APIVersion}}"), podman.Ping.ServerApiVersion?.ToString());
        EngineVersion version = await podman.System.VersionAsync(CancellationToken.None);
        Assert.True(version.IsPodman);
        Assert.Equal("Podman Engine", version.Product);

        using EngineClient docker = await EngineUnderTest.ConnectAsync();
        Assert.False(docker.Ping.IsPodman);
        Assert.False((await docker.System.VersionAsync(CancellationToken.None)).IsPodman);
    }

    [Fact]
    public async Task RunsTheContainerLifecycle()
    {
        using EngineClient client = await ConnectAsync();
        CreateContainerResult created = await client.Containers.CreateAsync(new CreateContainerOptions
        {
            Image = PodmanService.Image,
            Name = Name("life"),
            Command = ["sh", "-c", "echo hello from podman; echo oops >&2; exec sleep 3600"],
            Labels = new Dictionary<string, string> { [TestObjects.RunLabel] = _run },
            Network = "none",
        }, CancellationToken.None);
        Assert.Equal(_podman.Cli("inspect", "--format", "{{.Id}}", Name("life")), created.Id);

        await client.Containers.StartAsync(created.Id, CancellationToken.None);
        ContainerSummary listed = Assert.Single(await client.Containers.ListAsync(new ListContainersOptions { Labels = [Label] }, CancellationToken.None));
        Assert.Equal(created.Id, listed.Id);
        Assert.Equal("running", listed.State);
        Assert.Equal(Name("life"), Assert.Single(listed.Names).TrimStart('/'));

        ContainerDetails details = await client.Containers.InspectAsync(Name("life"), CancellationToken.None);
        Assert.Equal(created.Id, details.Id);
        Assert.Equal("running", details.State);
        Assert.Equal(_podman.Cli("inspect", "--format", "{{.State.Pid}}", created.Id), details.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var logs = new List<LogLine>();
        await foreach (LogLine line in client.Containers.ReadLogsAsync(created.Id, new ContainerLogsOptions(), CancellationToken.None))
        {
            logs.Add(line);
        }
        Assert.Contains(logs, l => l.Stream == StreamKind.Stdout && l.Text.TrimEnd() == "hello from podman");
        Assert.Contains(logs, l => l.Stream == StreamKind.Stderr && l.Text.TrimEnd() == "oops");

        CreateExecResult exec = await client.Exec.CreateAsync(created.Id, new CreateExecOptions { Command = ["sh", "-c", "echo in-exec; exit 3"] }, CancellationToken.None);
        await using (ExecSession session = await client.Exec.StartAsync(exec.Id, new StartExecOptions(), CancellationToken.None))
        {
            var output = new StringBuilder();
            await foreach (OutputChunk chunk in session.ReadOutputAsync(CancellationToken.None))
            {
                output.Append(Encoding.UTF8.GetString(chunk.Data.Span));
            }
            Assert.Equal("in-exec\n", output.ToString());
            Assert.Equal(3, (await session.WaitForExitAsync(CancellationToken.None)).ExitCode);
        }

        await client.Containers.StopAsync(created.Id, new StopContainerOptions { TimeoutSeconds = 1 }, CancellationToken.None);
        ContainerDetails stopped = await client.Containers.InspectAsync(created.Id, CancellationToken.None);
        Assert.Equal("exited", stopped.State);
        Assert.Equal(_podman.Cli("inspect", "--format", "{{.State.Status}}", created.Id), stopped.State);

        await client.Containers.RemoveAsync(created.Id, new RemoveContainerOptions(), CancellationToken.None);
        Assert.Empty(await client.Containers.ListAsync(new ListContainersOptions { All = true, Labels = [Label] }, CancellationToken.None));
        Assert.Empty(_podman.Cli("ps", "-aq", "--filter", "label=" + Label));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Containers.InspectAsync(created.Id, CancellationToken.None));
    }

    [Fact]
    public async Task StoppingAStoppedContainerAndRemovingAMissingOneAnswerLikeDocker()
    {
        using EngineClient client = await ConnectAsync();
        CreateContainerResult created = await client.Containers.CreateAsync(new CreateContainerOptions
        {
            Image = PodmanService.Image, Name = Name("idle"), Command = ["true"], Network = "none",
            Labels = new Dictionary<string, string> { [TestObjects.RunLabel] = _run },
        }, CancellationToken.None);
        // Docker answers 304 (nothing to do) to stopping a container that is not running; that is not an error.
        await client.Containers.StopAsync(created.Id, new StopContainerOptions { TimeoutSeconds = 1 }, CancellationToken.None);
        await client.Containers.RemoveAsync(created.Id, new RemoveContainerOptions(), CancellationToken.None);
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Containers.RemoveAsync(created.Id, new RemoveContainerOptions(), CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Containers.StartAsync(Name("never"), CancellationToken.None));
    }

    [Fact]
    public async Task ListsAndRemovesImages()
    {
        string tag = $"localhost/ct-{_run}/tagged:latest";
        _podman.Cli("tag", PodmanService.Image, tag);
        using EngineClient client = await ConnectAsync();
        IReadOnlyList<ImageSummary> images = await client.Images.ListAsync(new ListImagesOptions(), CancellationToken.None);
        ImageSummary image = Assert.Single(images, i => i.RepoTags.Contains(tag));
        Assert.Equal(_podman.Cli("image", "inspect", "--format", "{{.Id}}", tag), image.Id);
        Assert.True(image.Size > 0);

        RemoveImageResult removed = await client.Images.RemoveAsync(tag, new RemoveImageOptions(), CancellationToken.None);
        Assert.Contains(tag, removed.Untagged);
        Assert.DoesNotContain(await client.Images.ListAsync(new ListImagesOptions(), CancellationToken.None), i => i.RepoTags.Contains(tag));
        // The image itself stays: another tag still names it.
        Assert.Contains(await client.Images.ListAsync(new ListImagesOptions(), CancellationToken.None), i => i.Id == image.Id);
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Images.RemoveAsync(tag, new RemoveImageOptions(), CancellationToken.None));
    }

    [Fact]
    public async Task CreatesListsAndRemovesVolumes()
    {
        using EngineClient client = await ConnectAsync();
        VolumeSummary created = await client.Volumes.CreateAsync(new CreateVolumeOptions
        {
            Name = Name("vol"), Labels = new Dictionary<string, string> { [TestObjects.RunLabel] = _run, ["purpose"] = "podman" },
        }, CancellationToken.None);
        Assert.Equal(Name("vol"), created.Name);
        Assert.Equal("local", created.Driver);

        VolumeSummary listed = Assert.Single(await client.Volumes.ListAsync(new ListVolumesOptions { Labels = [Label] }, CancellationToken.None));
        Assert.Equal(Name("vol"), listed.Name);
        Assert.Equal("podman", listed.Labels["purpose"]);
        Assert.Equal(_podman.Cli("volume", "inspect", "--format", "{{.Mountpoint}}", Name("vol")), listed.Mountpoint);
        Assert.Equal(Name("vol"), _podman.Cli("volume", "ls", "-q", "--filter", "label=" + Label));

        await client.Volumes.RemoveAsync(Name("vol"), new RemoveVolumeOptions(), CancellationToken.None);
        Assert.Empty(await client.Volumes.ListAsync(new ListVolumesOptions { Labels = [Label] }, CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Volumes.RemoveAsync(Name("vol"), new RemoveVolumeOptions(), CancellationToken.None));
    }

    [Theory]
    // A route Podman's router does not have at all (plain-text 404), and one it knows but refuses (JSON message).
    [InlineData("swarm", null)]
    [InlineData("plugins", "Path /v1.41/plugins is not supported")]
    public async Task ARouteNotOfferedIsNotSupportedByPodmanNotAMissingObject(string path, string? said)
    {
        using EngineClient client = await ConnectAsync();
        // The engine's own HTTP layer, as every resource client uses it (Swarm and plugins have no client here yet).
        using var http = new EngineHttp(_podman.Endpoint, new EngineClientOptions());
        http.UseVersion(client.ApiVersion);
        http.PodmanVersion = client.Ping.LibpodApiVersion;
        EngineNotSupportedException e = await Assert.ThrowsAsync<EngineNotSupportedException>(
            () => http.SendAsync(HttpMethod.Get, path, null, null, CancellationToken.None));
        Assert.Equal($"GET /{path}", e.Operation);
        Assert.Equal($"Podman {_podman.Cli("version", "--format", "{{.Server.Version}}")}", e.Engine);
        Assert.Equal(said is null ? $"GET /{path} is not supported by {e.Engine}." : $"GET /{path} is not supported by {e.Engine} (it answered: {said}).", e.Message);
    }
}

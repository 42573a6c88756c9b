using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

public sealed class ContainersClientLogsTests : IDisposable
{
    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    private static async Task<List<LogLine>> ReadAllAsync(EngineClient client, string id, ContainerLogsOptions options)
    {
        var lines = new List<LogLine>();
        await foreach (LogLine line in client.Containers.ReadLogsAsync(id, options, CancellationToken.None))
        {
            lines.Add(line);
        }
        return lines;
    }

    [Fact]
    public async Task TellsStdoutFromStderrAndKeepsOrderWithinEach()
    {
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name("both"), "--label", _objects.Label, TestObjects.Image,
            "sh", "-c", "echo out1; echo err1 >&2; echo out2; printf 'no-newline'");
        DockerCli.Run("wait", id);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        List<LogLine> lines = await ReadAllAsync(client, id, new ContainerLogsOptions());
        Assert.Equal(["out1", "out2", "no-newline"], lines.Where(l => l.Stream == StreamKind.Stdout).Select(l => l.Text));
        Assert.Equal(["err1"], lines.Where(l => l.Stream == StreamKind.Stderr).Select(l => l.Text));
    }

    [Fact]
    public async Task ATtyContainerIsOneStream()
    {
        string id = DockerCli.Run("run", "-d", "-t", "--name", _objects.Name("tty"), "--label", _objects.Label, TestObjects.Image, "sh", "-c", "echo a; echo b >&2");
        DockerCli.Run("wait", id);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        List<LogLine> lines = await ReadAllAsync(client, id, new ContainerLogsOptions());
        Assert.Equal([(StreamKind.Stdout, "a"), (StreamKind.Stdout, "b")], lines.Select(l => (l.Stream, l.Text)));
    }

    [Fact]
    public async Task TailAndTimestampsMatchDockerLogs()
    {
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name("ts"), "--label", _objects.Label, TestObjects.Image, "sh", "-c", "for i in 1 2 3 4 5; do echo line$i; done");
        DockerCli.Run("wait", id);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        List<LogLine> lines = await ReadAllAsync(client, id, new ContainerLogsOptions { Tail = 2, Timestamps = true });
        Assert.Equal(["line4", "line5"], lines.Select(l => l.Text));
        string[] cli = DockerCli.Lines("logs", "-t", "--tail", "2", id);
        for (int i = 0; i < 2; i++)
        {
            DateTimeOffset expected = DateTimeOffset.Parse(cli[i].Split(' ')[0][..26] + "Z", System.Globalization.CultureInfo.InvariantCulture);
            Assert.NotNull(lines[i].Timestamp);
            Assert.InRange((lines[i].Timestamp!.Value - expected).TotalMilliseconds, -1, 1);
        }
    }

    [Fact]
    public async Task FollowEndsWhenTheContainerStops()
    {
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name("follow"), "--label", _objects.Label, TestObjects.Image,
            "sh", "-c", "echo start; sleep 1; echo end");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Task<List<LogLine>> following = ReadAllAsync(client, id, new ContainerLogsOptions { Follow = true });
        Assert.Same(following, await Task.WhenAny(following, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Equal(["start", "end"], (await following).Select(l => l.Text));
    }

    [Fact]
    public async Task ACutConnectionMidFollowIsAClearErrorNotASilentEnd()
    {
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name("cut"), "--label", _objects.Label, TestObjects.Image,
            "sh", "-c", "while true; do echo tick; sleep 0.1; done");
        using var proxy = new LoopbackProxy(EngineUnderTest.Endpoint.Address);
        using EngineClient client = await EngineClient.ConnectAsync(DockerEndpoint.Parse(proxy.Url), null, CancellationToken.None);
        int received = 0;
        Task reading = Task.Run(async () =>
        {
            await foreach (LogLine line in client.Containers.ReadLogsAsync(id, new ContainerLogsOptions { Follow = true }, CancellationToken.None))
            {
                if (Interlocked.Increment(ref received) == 3)
                {
                    proxy.Cut();
                }
            }
        });
        // Bounded wait: the point is that it ends with an error instead of hanging.
        await CutConnection.AssertEndsWithConnectionLostAsync(reading, proxy, TimeSpan.FromSeconds(30));
        Assert.True(received >= 3);
    }

    [Fact]
    public async Task AnUnknownContainerIsNotFound()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAsync<EngineNotFoundException>(() => ReadAllAsync(client, "ct-no-such-container", new ContainerLogsOptions()));
    }
}

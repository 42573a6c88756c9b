using System.Diagnostics;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

/// <summary>
/// The blocking log reader behind Get-ContainerLog (issue #6): its own HTTP/1.1 over a blocking socket, so these run it
/// against the real daemon, with <c>docker logs</c> as the oracle for what each stream holds.
/// </summary>
public sealed class ContainerLogReaderTests : IDisposable
{
    // CRLF and a lone CR, multi-byte UTF-8 (2, 3 and 4 bytes), a line longer than one 64 KiB read, stderr in between,
    // and a last line without a break.
    private const string Script =
        "printf 'plain\\r\\nwin\\r\\nlone\\rcr\\n'; printf '\\303\\251t\\303\\251 \\346\\227\\245\\346\\234\\254 \\360\\237\\231\\202\\n'; "
        + "echo err1 >&2; head -c 100000 /dev/zero | tr '\\0' x; echo; echo err2 >&2; "
        + "for i in 1 2 3 4 5 6 7 8 9 10; do echo out$i; echo err$i >&2; done; printf last";

    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    private static async Task<List<LogLine>> ReadAllAsync(EngineClient client, string id, ContainerLogsOptions options, CancellationToken cancellationToken = default)
    {
        using ContainerLogReader reader = await client.Containers.OpenLogReaderAsync(id, options, cancellationToken);
        var lines = new List<LogLine>();
        while (reader.Read(lines))
        {
        }
        return lines;
    }

    // docker logs writes the container's stdout to its stdout and stderr to its stderr, byte for byte.
    private static (string Stdout, string Stderr) DockerLogs(string id)
    {
        var info = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("logs");
        info.ArgumentList.Add(id);
        using Process process = Process.Start(info)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "docker logs did not finish");
        Assert.Equal(0, process.ExitCode);
        return (stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    // CR, LF and CRLF each end a line, as for StringReader.ReadLine.
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return lines;
    }

    private static void AssertMatchesDockerLogs(string id, List<LogLine> lines)
    {
        (string stdout, string stderr) = DockerLogs(id);
        Assert.Equal(Lines(stdout), lines.Where(l => l.Stream == StreamKind.Stdout).Select(l => l.Text));
        Assert.Equal(Lines(stderr), lines.Where(l => l.Stream == StreamKind.Stderr).Select(l => l.Text));
    }

    [Fact]
    public async Task EachStreamHoldsWhatDockerLogsShows()
    {
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name("both"), "--label", _objects.Label, TestObjects.Image, "sh", "-c", Script);
        DockerCli.Run("wait", id);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        List<LogLine> lines = await ReadAllAsync(client, id, new ContainerLogsOptions());
        AssertMatchesDockerLogs(id, lines);
        Assert.Contains(lines, l => l.Text == "été 日本 🙂");
        Assert.Contains(lines, l => l.Text.Length == 100_000);
        Assert.Equal("last", lines[^1].Text);
    }

    [Fact]
    public async Task TheBlockingReaderAndTheAsyncEnumerationAgree()
    {
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name("agree"), "--label", _objects.Label, TestObjects.Image, "sh", "-c", Script);
        DockerCli.Run("wait", id);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        List<LogLine> blocking = await ReadAllAsync(client, id, new ContainerLogsOptions { Timestamps = true });
        var enumerated = new List<LogLine>();
        await foreach (LogLine line in client.Containers.ReadLogsAsync(id, new ContainerLogsOptions { Timestamps = true }, CancellationToken.None))
        {
            enumerated.Add(line);
        }
        Assert.Equal(enumerated, blocking);
        // The daemon stamps each line it split at LF; "cr" after a lone CR is part of the same one.
        Assert.All(blocking.Where(l => l.Text != "cr"), l => Assert.NotNull(l.Timestamp));
    }

    [Fact]
    public async Task OverPlainTcpTheSameLinesArrive()
    {
        // The loopback proxy makes the endpoint tcp://, the other kind of socket the blocking reader opens itself.
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name("tcp"), "--label", _objects.Label, TestObjects.Image, "sh", "-c", Script);
        DockerCli.Run("wait", id);
        using var proxy = new LoopbackProxy(EngineUnderTest.Endpoint.Address);
        using EngineClient client = await EngineClient.ConnectAsync(DockerEndpoint.Parse(proxy.Url), null, CancellationToken.None);
        AssertMatchesDockerLogs(id, await ReadAllAsync(client, id, new ContainerLogsOptions()));
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
    public async Task FollowEndsWhenTheContainerStops()
    {
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name("follow"), "--label", _objects.Label, TestObjects.Image,
            "sh", "-c", "echo start; sleep 1; echo end");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Task<List<LogLine>> following = Task.Run(() => ReadAllAsync(client, id, new ContainerLogsOptions { Follow = true }));
        Assert.Same(following, await Task.WhenAny(following, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Equal(["start", "end"], (await following).Select(l => l.Text));
    }

    [Fact]
    public async Task CancellingEndsABlockedRead()
    {
        string id = _objects.StartRunning("quiet");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        using var cancel = new CancellationTokenSource();
        using ContainerLogReader reader = await client.Containers.OpenLogReaderAsync(id, new ContainerLogsOptions { Follow = true }, cancel.Token);
        // The container writes nothing: Read blocks until the token closes the connection.
        Task<bool> reading = Task.Run(() => reader.Read([]));
        await cancel.CancelAsync();
        Assert.Same(reading, await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(30))));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
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
            using ContainerLogReader reader = await client.Containers.OpenLogReaderAsync(id, new ContainerLogsOptions { Follow = true }, CancellationToken.None);
            var lines = new List<LogLine>();
            while (reader.Read(lines))
            {
                received = lines.Count;
                if (received >= 3)
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

using System.Text;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

public sealed class ExecClientTests : IDisposable
{
    private readonly TestObjects _objects = new();

    // Exec needs no network; without one the tests do not depend on the daemon's bridge.
    private static readonly string[] NoNetwork = ["--network", "none"];

    public void Dispose() => _objects.Dispose();

    private sealed record Outcome(string Stdout, string Stderr, int? ExitCode, bool Multiplexed);

    private static async Task<Outcome> RunAsync(EngineClient client, string container, CreateExecOptions options, byte[]? input = null)
    {
        CreateExecResult created = await client.Exec.CreateAsync(container, options with { AttachStdin = input is not null }, CancellationToken.None);
        await using ExecSession session = await client.Exec.StartAsync(created.Id, new StartExecOptions { Tty = options.Tty }, CancellationToken.None);
        Task writing = Task.CompletedTask;
        if (input is not null)
        {
            writing = Task.Run(async () =>
            {
                await session.WriteInputAsync(input, CancellationToken.None);
                await session.CloseInputAsync();
            });
        }
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        await foreach (OutputChunk chunk in session.ReadOutputAsync(CancellationToken.None))
        {
            (chunk.Stream == StreamKind.Stderr ? stderr : stdout).Write(chunk.Data.Span);
        }
        await writing;
        ExecDetails exit = await session.WaitForExitAsync(CancellationToken.None);
        return new Outcome(Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()), exit.ExitCode, session.Multiplexed);
    }

    [Fact]
    public async Task StdinIsHalfClosedSoSortSeesTheEndWhileOutputStillComes()
    {
        string id = _objects.StartRunning("sort", NoNetwork);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Outcome outcome = await RunAsync(client, id, new CreateExecOptions { Command = ["sort"] }, "b\na\n"u8.ToArray());
        Assert.Equal("a\nb\n", outcome.Stdout);
        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public async Task KeepsStdoutAndStderrApartAndReportsTheExitCode()
    {
        string id = _objects.StartRunning("streams", NoNetwork);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Outcome outcome = await RunAsync(client, id, new CreateExecOptions { Command = ["sh", "-c", "echo out; echo err >&2; echo out2; exit 3"] });
        Assert.True(outcome.Multiplexed);
        Assert.Equal("out\nout2\n", outcome.Stdout);
        Assert.Equal("err\n", outcome.Stderr);
        Assert.Equal(3, outcome.ExitCode);
    }

    [Fact]
    public async Task ATtyIsOneRawStream()
    {
        string id = _objects.StartRunning("tty", NoNetwork);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Outcome outcome = await RunAsync(client, id, new CreateExecOptions { Command = ["sh", "-c", "echo a; echo b >&2; exit 4"], Tty = true });
        Assert.False(outcome.Multiplexed);
        Assert.Equal("a\r\nb\r\n", outcome.Stdout);
        Assert.Equal("", outcome.Stderr);
        Assert.Equal(4, outcome.ExitCode);
    }

    [Fact]
    public async Task UserWorkingDirectoryAndEnvironmentMatchDockerExec()
    {
        string id = _objects.StartRunning("opts", NoNetwork);
        const string script = "id -u; pwd; echo $GREETING";
        string expected = DockerCli.Run("exec", "-u", "1234", "-w", "/tmp", "-e", "GREETING=hello world", id, "sh", "-c", script);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Outcome outcome = await RunAsync(client, id, new CreateExecOptions
        {
            Command = ["sh", "-c", script],
            User = "1234",
            WorkingDirectory = "/tmp",
            Environment = new Dictionary<string, string> { ["GREETING"] = "hello world" },
        });
        Assert.Equal(expected, outcome.Stdout.Trim());
        Assert.Equal("1234\n/tmp\nhello world\n", outcome.Stdout);
    }

    [Fact]
    public async Task MegabytesOfInputComeBackWhileStillBeingWritten()
    {
        // cat echoes as it reads: unless output is read while input is written, both sides' buffers fill and it hangs.
        string id = _objects.StartRunning("cat", NoNetwork);
        byte[] input = new byte[4 * 1024 * 1024];
        new Random(6).NextBytes(input);
        for (int i = 0; i < input.Length; i++)
        {
            input[i] = (byte)('a' + (input[i] % 26));
        }
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Task<Outcome> running = RunAsync(client, id, new CreateExecOptions { Command = ["cat"] }, input);
        Assert.Same(running, await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(60))));
        Outcome outcome = await running;
        Assert.Equal(input.Length, outcome.Stdout.Length);
        Assert.Equal(Encoding.ASCII.GetString(input), outcome.Stdout);
    }

    [Fact]
    public async Task AnUnknownContainerIsNotFound()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Exec.CreateAsync(_objects.Name("missing"), new CreateExecOptions { Command = ["true"] }, CancellationToken.None));
    }

    [Fact]
    public async Task AStoppedContainerIsAConflict()
    {
        string id = _objects.CreateOnly("stopped", NoNetwork);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAsync<EngineConflictException>(() => client.Exec.CreateAsync(id, new CreateExecOptions { Command = ["true"] }, CancellationToken.None));
    }

    [Fact]
    public async Task AnUnknownExecIsNotFoundOnTheHijackedPathToo()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Exec.StartAsync("0123456789abcdef", new StartExecOptions(), CancellationToken.None));
    }

    [Fact]
    public async Task ACutConnectionMidExecIsConnectionLostWithinTwoSeconds()
    {
        string id = _objects.StartRunning("cut", NoNetwork);
        using var proxy = new LoopbackProxy(EngineUnderTest.Endpoint.Address);
        using EngineClient client = await EngineClient.ConnectAsync(DockerEndpoint.Parse(proxy.Url), null, CancellationToken.None);
        CreateExecResult created = await client.Exec.CreateAsync(id, new CreateExecOptions { Command = ["sh", "-c", "while true; do echo tick; sleep 0.1; done"] }, CancellationToken.None);
        await using ExecSession session = await client.Exec.StartAsync(created.Id, new StartExecOptions(), CancellationToken.None);
        var cut = new TaskCompletionSource();
        int chunks = 0;
        Task reading = Task.Run(async () =>
        {
            await foreach (OutputChunk chunk in session.ReadOutputAsync(CancellationToken.None))
            {
                if (++chunks == 3)
                {
                    proxy.Cut();
                    cut.SetResult();
                }
            }
        });
        Assert.Same(cut.Task, await Task.WhenAny(cut.Task, reading, Task.Delay(TimeSpan.FromSeconds(30))));
        // The requirement is a clear error within 2 s of the cut, not a hang.
        await CutConnection.AssertEndsWithConnectionLostAsync(reading, proxy, TimeSpan.FromSeconds(2));
    }

    // The blocking path (no stdin; issue #6, exec round trip): everything the pipeline thread reads, and the exit code.
    private static (List<ExecOutputLine> Lines, int? ExitCode, bool Multiplexed) RunBlocking(EngineClient client, string container, CreateExecOptions options, CancellationToken cancellationToken = default)
    {
        using BlockingExec exec = client.Exec.RunBlocking(container, options, cancellationToken);
        var lines = new List<ExecOutputLine>();
        while (exec.Read(lines))
        {
        }
        return (lines, exec.WaitForExit().ExitCode, exec.Multiplexed);
    }

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');

    [Fact]
    public async Task RunBlockingGivesTheLinesAndExitCodeOfDockerExecAndOfTheAsyncPath()
    {
        string id = _objects.StartRunning("blocking", NoNetwork);
        // Non-ASCII across lines, both streams interleaved, and a last line without a line break on each stream.
        const string body = "echo 'grüße ✓'; echo err1 >&2; echo two; printf 'no newline'; printf 'err last' >&2";
        const string script = body + "; exit 3";
        // The oracle's streams one at a time (DockerCli reads stdout, and fails on a non-zero exit).
        string[] expectedStdout = DockerCli.Lines("exec", id, "sh", "-c", "exec 2>/dev/null; " + body);
        string[] expectedStderr = DockerCli.Lines("exec", id, "sh", "-c", "exec 2>&1 1>/dev/null; " + body);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Assert.True(client.Exec.CanRunBlocking);
        (List<ExecOutputLine> lines, int? exitCode, bool multiplexed) = RunBlocking(client, id, new CreateExecOptions { Command = ["sh", "-c", script] });
        Outcome async = await RunAsync(client, id, new CreateExecOptions { Command = ["sh", "-c", script] });
        Assert.True(multiplexed);
        Assert.Equal(["grüße ✓", "two", "no newline"], expectedStdout);
        Assert.Equal(expectedStdout, lines.Where(l => l.Stream == StreamKind.Stdout).Select(l => l.Text));
        Assert.Equal(["err1", "err last"], expectedStderr);
        Assert.Equal(expectedStderr, lines.Where(l => l.Stream == StreamKind.Stderr).Select(l => l.Text));
        Assert.Equal(SplitLines(async.Stdout), lines.Where(l => l.Stream == StreamKind.Stdout).Select(l => l.Text));
        Assert.Equal(SplitLines(async.Stderr), lines.Where(l => l.Stream == StreamKind.Stderr).Select(l => l.Text));
        Assert.Equal(3, exitCode);
        Assert.Equal(async.ExitCode, exitCode);
    }

    [Fact]
    public async Task RunBlockingWithATtyIsOneStreamWithoutCarriageReturns()
    {
        string id = _objects.StartRunning("blocking-tty", NoNetwork);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        (List<ExecOutputLine> lines, int? exitCode, bool multiplexed) = RunBlocking(client, id, new CreateExecOptions { Command = ["sh", "-c", "echo a; echo b >&2; exit 4"], Tty = true });
        Assert.False(multiplexed);
        Assert.Equal([new(StreamKind.Stdout, "a"), new(StreamKind.Stdout, "b")], lines);
        Assert.Equal(4, exitCode);
    }

    [Fact]
    public async Task RunBlockingPassesUserWorkingDirectoryAndEnvironmentAsDockerExec()
    {
        string id = _objects.StartRunning("blocking-opts", NoNetwork);
        const string script = "id -u; pwd; echo $GREETING";
        string[] expected = DockerCli.Lines("exec", "-u", "1234", "-w", "/tmp", "-e", "GREETING=hello world", id, "sh", "-c", script);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        (List<ExecOutputLine> lines, _, _) = RunBlocking(client, id, new CreateExecOptions
        {
            Command = ["sh", "-c", script],
            User = "1234",
            WorkingDirectory = "/tmp",
            Environment = new Dictionary<string, string> { ["GREETING"] = "hello world" },
        });
        Assert.Equal(expected, lines.Select(l => l.Text));
    }

    [Fact]
    public async Task RunBlockingOfAnUnknownContainerIsNotFoundAndOfAStoppedOneAConflict()
    {
        string stopped = _objects.CreateOnly("blocking-stopped", NoNetwork);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Assert.Throws<EngineNotFoundException>(() => client.Exec.RunBlocking(_objects.Name("missing"), new CreateExecOptions { Command = ["true"] }, CancellationToken.None));
        Assert.Throws<EngineConflictException>(() => client.Exec.RunBlocking(stopped, new CreateExecOptions { Command = ["true"] }, CancellationToken.None));
    }

    [Fact]
    public async Task RunBlockingRefusesStdinItCannotFeed()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        Assert.Throws<ArgumentException>(() => client.Exec.RunBlocking(_objects.Name("any"), new CreateExecOptions { Command = ["cat"], AttachStdin = true }, CancellationToken.None));
    }

    [Fact]
    public async Task CancellingEndsABlockedRunBlockingRead()
    {
        string id = _objects.StartRunning("blocking-cancel", NoNetwork);
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        using var cancellation = new CancellationTokenSource();
        var firstLine = new TaskCompletionSource();
        Task reading = Task.Run(() =>
        {
            using BlockingExec exec = client.Exec.RunBlocking(id, new CreateExecOptions { Command = ["sh", "-c", "echo tick; sleep 60"] }, cancellation.Token);
            var lines = new List<ExecOutputLine>();
            while (exec.Read(lines))
            {
                firstLine.TrySetResult();
            }
        });
        Assert.Same(firstLine.Task, await Task.WhenAny(firstLine.Task, reading, Task.Delay(TimeSpan.FromSeconds(30))));
        cancellation.Cancel();
        // Bounded so that a hang fails the test; the process itself sleeps for a minute.
        Assert.Same(reading, await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(30))));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    [Fact]
    public async Task ACutConnectionMidBlockingExecIsConnectionLostWithinTwoSeconds()
    {
        string id = _objects.StartRunning("blocking-cut", NoNetwork);
        using var proxy = new LoopbackProxy(EngineUnderTest.Endpoint.Address);
        using EngineClient client = await EngineClient.ConnectAsync(DockerEndpoint.Parse(proxy.Url), null, CancellationToken.None);
        Assert.True(client.Exec.CanRunBlocking); // plain tcp
        var cut = new TaskCompletionSource();
        Task reading = Task.Run(() =>
        {
            using BlockingExec exec = client.Exec.RunBlocking(id, new CreateExecOptions { Command = ["sh", "-c", "while true; do echo tick; sleep 0.1; done"] }, CancellationToken.None);
            var lines = new List<ExecOutputLine>();
            int reads = 0;
            while (exec.Read(lines))
            {
                if (++reads == 3)
                {
                    proxy.Cut();
                    cut.SetResult();
                }
            }
        });
        Assert.Same(cut.Task, await Task.WhenAny(cut.Task, reading, Task.Delay(TimeSpan.FromSeconds(30))));
        await CutConnection.AssertEndsWithConnectionLostAsync(reading, proxy, TimeSpan.FromSeconds(2));
    }
}

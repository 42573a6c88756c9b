using System.Text;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Tests;

namespace Containers.Engine.Tests.Connection;

/// <summary>
/// ssh:// endpoints against a real OpenSSH server on 127.0.0.1 (issue #8): the engine runs the machine's ssh with
/// <c>docker system dial-stdio</c>, as the docker CLI does, and the CLI over the same URL is the oracle.
/// </summary>
public sealed class SshConnectionTests : IClassFixture<SshServer>, IDisposable
{
    private readonly SshServer _ssh;
    private readonly TestObjects _objects = new();

    public SshConnectionTests(SshServer ssh) => _ssh = ssh;

    public void Dispose() => _objects.Dispose();

    private DockerEndpoint Endpoint => DockerEndpoint.Parse(_ssh.Url);

    [Fact]
    public async Task ListsTheSameContainersOverSshAsTheLocalSocketAndTheCliOverSsh()
    {
        string running = _objects.StartRunning("ssh-list", "--network", "none");
        string created = _objects.CreateOnly("ssh-list-created");
        using IDisposable key = _ssh.UseKey();
        var options = new ListContainersOptions { All = true, Labels = [_objects.Label] };
        using EngineClient local = await EngineUnderTest.ConnectAsync();
        using EngineClient remote = await EngineClient.ConnectAsync(Endpoint, null, CancellationToken.None);

        IReadOnlyList<ContainerSummary> overSsh = await remote.Containers.ListAsync(options, CancellationToken.None);
        IReadOnlyList<ContainerSummary> overSocket = await local.Containers.ListAsync(options, CancellationToken.None);

        Assert.Equal(new[] { created, running }.Order(StringComparer.Ordinal), overSsh.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(overSocket.Select(c => (c.Id, c.State, c.Image)).Order(), overSsh.Select(c => (c.Id, c.State, c.Image)).Order());
        // The docker CLI through the same URL (and the same ssh on PATH) sees the same list.
        string[] cli = DockerCli.Lines("--host", _ssh.Url, "ps", "-a", "-q", "--no-trunc", "--filter", "label=" + _objects.Label);
        Assert.Equal(cli.Order(StringComparer.Ordinal), overSsh.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PingAndVersionAreTheEnginesBehindTheSshHost()
    {
        using IDisposable key = _ssh.UseKey();
        using EngineClient client = await EngineClient.ConnectAsync(Endpoint, null, CancellationToken.None);
        Assert.Equal(DockerCli.Run("--host", _ssh.Url, "version", "--format", "{{.Server.APIVersion}}"), client.Ping.ServerApiVersion?.ToString());
        PingResult again = await client.System.PingAsync(TimeSpan.FromSeconds(60), CancellationToken.None);
        Assert.Equal(client.Ping.ServerApiVersion, again.ServerApiVersion);
        Assert.False(again.IsPodman);
        EngineVersion version = await client.System.VersionAsync(CancellationToken.None);
        Assert.Equal(DockerCli.Run("version", "--format", "{{.Server.Version}}"), version.Version);
    }

    [Fact]
    public async Task TheBlockingLogReaderWorksOverSshThroughHttpClient()
    {
        // ssh is not a plain socket: Get-ContainerLog's reader falls back to HttpClient's stream there (issue #6).
        string id = DockerCli.Run("run", "-d", "--name", _objects.Name("ssh-logs"), "--label", _objects.Label, "--network", "none", TestObjects.Image,
            "sh", "-c", "echo out1; echo err1 >&2; printf '\\303\\251t\\303\\251\\r\\n'; printf last");
        DockerCli.Run("wait", id);
        using IDisposable key = _ssh.UseKey();
        using EngineClient client = await EngineClient.ConnectAsync(Endpoint, null, CancellationToken.None);
        using ContainerLogReader reader = await client.Containers.OpenLogReaderAsync(id, new ContainerLogsOptions(), CancellationToken.None);
        var lines = new List<LogLine>();
        while (reader.Read(lines))
        {
        }
        Assert.Equal(["out1", "été", "last"], lines.Where(l => l.Stream == StreamKind.Stdout).Select(l => l.Text));
        Assert.Equal(["err1"], lines.Where(l => l.Stream == StreamKind.Stderr).Select(l => l.Text));
        Assert.Equal(DockerCli.Lines("logs", id), lines.Where(l => l.Stream == StreamKind.Stdout).Select(l => l.Text));
    }

    [Fact]
    public async Task ExecStdinIsHalfClosedThroughSsh()
    {
        // The hijacked exec connection is an ssh process too; closing its stdin must reach the container's process.
        string id = _objects.StartRunning("ssh-exec", "--network", "none");
        using IDisposable key = _ssh.UseKey();
        using EngineClient client = await EngineClient.ConnectAsync(Endpoint, null, CancellationToken.None);
        // An ssh endpoint is a process's pipes, not a socket: the blocking exec does not apply and says so.
        Assert.False(client.Exec.CanRunBlocking);
        Assert.Throws<NotSupportedException>(() => client.Exec.RunBlocking(id, new CreateExecOptions { Command = ["true"] }, CancellationToken.None));
        CreateExecResult exec = await client.Exec.CreateAsync(id, new CreateExecOptions { Command = ["sort"], AttachStdin = true }, CancellationToken.None);
        await using ExecSession session = await client.Exec.StartAsync(exec.Id, new StartExecOptions(), CancellationToken.None);
        await session.WriteInputAsync("b\na\n"u8.ToArray(), CancellationToken.None);
        await session.CloseInputAsync();
        var output = new StringBuilder();
        await foreach (OutputChunk chunk in session.ReadOutputAsync(CancellationToken.None))
        {
            output.Append(Encoding.UTF8.GetString(chunk.Data.Span));
        }
        Assert.Equal("a\nb\n", output.ToString());
        Assert.Equal(0, (await session.WaitForExitAsync(CancellationToken.None)).ExitCode);
    }

    [Fact]
    public async Task AKeyTheServerRefusesFailsWithSshsOwnMessage()
    {
        using IDisposable key = _ssh.UseKey(authorised: false);
        EngineSshException e = await Assert.ThrowsAsync<EngineSshException>(() => EngineClient.ConnectAsync(Endpoint, null, CancellationToken.None));
        Assert.Equal(255, e.ExitCode);
        Assert.Contains("Permission denied (publickey)", e.SshError, StringComparison.Ordinal);
        Assert.StartsWith($"Cannot connect to the Docker engine at {_ssh.Url}: ssh exited with code 255: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("Permission denied (publickey)", e.Message, StringComparison.Ordinal);
        // The CLI fails on the same ssh error.
        var cli = Assert.Throws<InvalidOperationException>(() => DockerCli.Run("--host", _ssh.Url, "version", "--format", "{{.Server.Version}}"));
        Assert.Contains("Permission denied (publickey)", cli.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClosedPortIsRefusedAndSshsMessageIsQuoted()
    {
        using IDisposable key = _ssh.UseKey();
        int closed = ClosedPort();
        DockerEndpoint endpoint = DockerEndpoint.Parse($"ssh://{SshServer.User}@127.0.0.1:{closed}");
        EngineSshException e = await Assert.ThrowsAsync<EngineSshException>(() => EngineClient.ConnectAsync(endpoint, null, CancellationToken.None));
        Assert.Equal(UnreachableReason.Refused, e.Reason);
        Assert.Contains($"ssh: connect to host 127.0.0.1 port {closed}: Connection refused", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CuttingTheServerMidStreamEndsTheStreamWithAnErrorNotAHang()
    {
        string id = _objects.StartRunning("ssh-cut", "--network", "none");
        using IDisposable key = _ssh.UseKey();
        using EngineClient client = await EngineClient.ConnectAsync(Endpoint, null, CancellationToken.None);
        // A guard against a hang only (the test fails instead of blocking the run); nothing asserts how long it took.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var options = new EngineEventsOptions { Filters = new Dictionary<string, IReadOnlyList<string>> { ["container"] = [id] } };
        await using IAsyncEnumerator<EngineEvent> events = client.System.ReadEventsAsync(options, guard.Token).GetAsyncEnumerator(guard.Token);
        // The events stream is open once the engine reports something on it.
        Task<bool> first = events.MoveNextAsync().AsTask();
        DockerCli.Run("pause", id);
        Assert.True(await first);
        try
        {
            _ssh.Stop();
            EngineUnreachableException e = await Assert.ThrowsAnyAsync<EngineUnreachableException>(async () =>
            {
                while (await events.MoveNextAsync())
                {
                }
            });
            Assert.False(guard.IsCancellationRequested, "the stream hung after sshd went away");
            Assert.Contains(_ssh.Url, e.Message, StringComparison.Ordinal);
            Assert.Equal(UnreachableReason.ConnectionLost, e.Reason);
        }
        finally
        {
            _ssh.Start();
            DockerCli.Run("unpause", id);
        }
    }

    [Fact]
    public async Task DisposingTheClientEndsItsSshProcesses()
    {
        using IDisposable key = _ssh.UseKey();
        EngineClient client = await EngineClient.ConnectAsync(Endpoint, null, CancellationToken.None);
        _ = await client.System.VersionAsync(CancellationToken.None);
        Assert.NotEmpty(_ssh.SshClientProcesses());
        client.Dispose();
        // Kill is sent on dispose; give the kernel a moment to reap (polling, no time asserted).
        for (int i = 0; i < 100 && _ssh.SshClientProcesses().Count > 0; i++)
        {
            await Task.Delay(100);
        }
        Assert.Empty(_ssh.SshClientProcesses());
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

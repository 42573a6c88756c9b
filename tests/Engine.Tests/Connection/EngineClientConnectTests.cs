using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Tests;

namespace Containers.Engine.Tests.Connection;

public class EngineClientConnectTests
{
    [Fact]
    public async Task NegotiatesTheLowerOfOurAndTheDaemonsApiVersion()
    {
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        // The CLI oracle: the server's own maximum API version.
        Assert.True(ApiVersion.TryParse(DockerCli.Run("version", "--format", "{{.Server.APIVersion}}"), out ApiVersion server));
        Assert.Equal(server, client.Ping.ServerApiVersion);
        Assert.Equal(ApiVersion.Negotiate(server), client.ApiVersion);
        Assert.Equal("linux", client.Ping.OsType);
    }

    [Fact]
    public async Task HonoursAFixedApiVersionLikeDockerApiVersion()
    {
        var options = new EngineClientOptions { FixedApiVersion = new ApiVersion(1, 40) };
        using EngineClient client = await EngineClient.ConnectAsync(EngineUnderTest.Endpoint, options, CancellationToken.None);
        Assert.Equal(new ApiVersion(1, 40), client.ApiVersion);
        // The daemon accepts the versioned path: the call succeeds.
        Assert.NotEmpty((await client.System.VersionAsync(CancellationToken.None)).Version);
    }

    [Fact]
    public async Task AMissingSocketIsReportedAsSuchWithTheEndpoint()
    {
        string path = Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.sock");
        EngineUnreachableException e = await Assert.ThrowsAsync<EngineUnreachableException>(
            () => EngineClient.ConnectAsync(DockerEndpoint.Parse("unix://" + path), null, CancellationToken.None));
        Assert.Equal(UnreachableReason.NoSocket, e.Reason);
        Assert.Contains("unix://" + path, e.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleSocketFileOfAStoppedDaemonIsReportedAsRefused()
    {
        // What a killed dockerd leaves behind: the socket file, with nobody listening.
        // .NET unlinks a socket file it bound when the socket closes, so keep a second link to it first:
        // that link stays behind exactly as a killed daemon's socket does.
        string path = Path.Combine(Path.GetTempPath(), $"stale-{Guid.NewGuid():N}.sock");
        string bound = path + ".bound";
        using (var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            listener.Bind(new UnixDomainSocketEndPoint(bound));
            listener.Listen();
            using var ln = Process.Start("ln", [bound, path]);
            ln.WaitForExit();
        }
        try
        {
            Assert.True(File.Exists(path));
            EngineUnreachableException e = await Assert.ThrowsAsync<EngineUnreachableException>(
                () => EngineClient.ConnectAsync(DockerEndpoint.Parse("unix://" + path), null, CancellationToken.None));
            Assert.Equal(UnreachableReason.Refused, e.Reason);
            Assert.Contains("unix://" + path, e.Message, StringComparison.Ordinal);
            Assert.Contains("refused", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AClosedTcpPortIsReportedAsRefused()
    {
        int port = FreePort();
        EngineUnreachableException e = await Assert.ThrowsAsync<EngineUnreachableException>(
            () => EngineClient.ConnectAsync(DockerEndpoint.Parse($"tcp://127.0.0.1:{port}"), null, CancellationToken.None));
        Assert.Equal(UnreachableReason.Refused, e.Reason);
        Assert.Contains($"tcp://127.0.0.1:{port}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEngineThatNeverAnswersTimesOutInsteadOfHanging()
    {
        // A loopback listener that accepts and then says nothing: a hung daemon, or a black-holing proxy.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var options = new EngineClientOptions { PingTimeout = TimeSpan.FromMilliseconds(500) };
        var watch = Stopwatch.StartNew();
        Task<EngineClient> connecting = EngineClient.ConnectAsync(DockerEndpoint.Parse($"tcp://127.0.0.1:{port}"), options, CancellationToken.None);
        // Generous bound, not a timing assertion: it only proves the call ends rather than hangs.
        Task winner = await Task.WhenAny(connecting, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(connecting, winner);
        EngineUnreachableException e = await Assert.ThrowsAsync<EngineUnreachableException>(() => connecting);
        Assert.Equal(UnreachableReason.Timeout, e.Reason);
        Assert.Contains("did not answer in time", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomethingThatIsNotADockerEngineIsNamedAsSuch()
    {
        // An HTTP server that answers 404 to /_ping: a wrong port, not an engine.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Task serving = Task.Run(async () =>
        {
            using TcpClient peer = await listener.AcceptTcpClientAsync();
            using NetworkStream stream = peer.GetStream();
            byte[] buffer = new byte[4096];
            _ = await stream.ReadAsync(buffer);
            byte[] answer = "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found"u8.ToArray();
            await stream.WriteAsync(answer);
        });
        EngineUnreachableException e = await Assert.ThrowsAsync<EngineUnreachableException>(
            () => EngineClient.ConnectAsync(DockerEndpoint.Parse($"tcp://127.0.0.1:{port}"), null, CancellationToken.None));
        Assert.Contains("404", e.Message, StringComparison.Ordinal);
        Assert.Contains("is this a Docker engine?", e.Message, StringComparison.Ordinal);
        await serving;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}

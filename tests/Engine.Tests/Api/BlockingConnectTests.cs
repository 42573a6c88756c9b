using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Engine.Errors;

namespace Containers.Engine.Tests.Api;

/// <summary>
/// The blocking connect behind Get-ContainerLog and Invoke-ContainerCommand on plain TCP endpoints: it must give up
/// after the client's connect timeout and end on Ctrl+C, as the async path does, rather than wait out the kernel's
/// SYN retries (about two minutes). The unanswered handshake is real: a loopback listener whose accept queue is full,
/// so the kernel drops every further SYN.
/// </summary>
public sealed class BlockingConnectTests : IDisposable
{
    // Generous bound, not a timing assertion: it only tells "gave up" from "waited for the kernel's SYN retries".
    private static readonly TimeSpan s_endsWithin = TimeSpan.FromSeconds(30);

    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly List<Socket> _queued = [];

    public BlockingConnectTests()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(0);
    }

    private int Port => ((IPEndPoint)_listener.LocalEndPoint!).Port;

    public void Dispose()
    {
        foreach (Socket socket in _queued)
        {
            socket.Dispose();
        }
        _listener.Dispose();
    }

    // Fills the accept queue (never accepted) until a connect no longer completes at once: from then on SYNs are dropped.
    private void FillAcceptQueue()
    {
        for (int i = 0; i < 8; i++)
        {
            var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
            _queued.Add(probe);
            try
            {
                probe.Connect(new IPEndPoint(IPAddress.Loopback, Port));
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
            {
            }
            if (!probe.Poll(TimeSpan.FromMilliseconds(500), SelectMode.SelectWrite))
            {
                return;
            }
        }
        Assert.Fail("The listener kept accepting handshakes; no unanswered connect to test with.");
    }

    [Fact]
    public void AConnectThatIsNeverAnsweredTimesOut()
    {
        FillAcceptQueue();
        var watch = Stopwatch.StartNew();
        Assert.Throws<TimeoutException>(() => BlockingTcpConnect.Connect("127.0.0.1", Port, TimeSpan.FromMilliseconds(300), CancellationToken.None));
        Assert.True(watch.Elapsed < s_endsWithin, $"took {watch.Elapsed}");
    }

    [Fact]
    public void CancellingEndsAConnectThatIsNeverAnswered()
    {
        FillAcceptQueue();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => BlockingTcpConnect.Connect("127.0.0.1", Port, TimeSpan.FromMinutes(10), cancel.Token));
        Assert.True(watch.Elapsed < s_endsWithin, $"took {watch.Elapsed}");
    }

    [Fact]
    public void TheLogReadersConnectNamesTheEndpointThatDidNotAnswer()
    {
        FillAcceptQueue();
        var endpoint = DockerEndpoint.Parse($"tcp://127.0.0.1:{Port}");
        using var http = new EngineHttp(endpoint, new EngineClientOptions { ConnectTimeout = TimeSpan.FromMilliseconds(300) });
        EngineUnreachableException e = Assert.Throws<EngineUnreachableException>(() => BlockingResponse.Get(http, "/containers/x/logs", null, CancellationToken.None));
        Assert.Equal(UnreachableReason.Timeout, e.Reason);
        Assert.Contains($"127.0.0.1:{Port}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedConnectIsRefusedNotTimedOut()
    {
        int closedPort = Port;
        _listener.Close();
        var endpoint = DockerEndpoint.Parse($"tcp://127.0.0.1:{closedPort}");
        using var http = new EngineHttp(endpoint, new EngineClientOptions { ConnectTimeout = TimeSpan.FromSeconds(20) });
        EngineUnreachableException e = Assert.Throws<EngineUnreachableException>(() => BlockingResponse.Get(http, "/containers/x/logs", null, CancellationToken.None));
        Assert.Equal(UnreachableReason.Refused, e.Reason);
    }

    [Fact]
    public void AHostNameIsResolvedAndItsAddressConnected()
    {
        // The connect that succeeds: accepted by the kernel (queued), by name rather than address literal.
        using Socket socket = BlockingTcpConnect.Connect("localhost", Port, TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.True(socket.Blocking);
        Assert.Equal(Port, ((IPEndPoint)socket.RemoteEndPoint!).Port);
    }
}

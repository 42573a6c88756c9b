using System.Net;
using System.Net.Sockets;

namespace Containers.Tests;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of the real engine's unix socket: the one stand-in fault tests may use.
/// <see cref="Cut"/> drops every open connection at once, as a network failure or a daemon restart would.
/// </summary>
internal sealed class LoopbackProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _socketPath;
    private readonly List<Socket> _open = [];
    private readonly CancellationTokenSource _stop = new();

    public LoopbackProxy(string socketPath)
    {
        _socketPath = socketPath;
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    /// <summary>The endpoint URL to give the client: tcp://127.0.0.1:port.</summary>
    public string Url => $"tcp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>How many client connections were accepted so far.</summary>
    public int Accepted { get; private set; }

    public void Cut()
    {
        lock (_open)
        {
            foreach (Socket socket in _open)
            {
                socket.Close(0);
            }
            _open.Clear();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
        Cut();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }
            var engine = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await engine.ConnectAsync(new UnixDomainSocketEndPoint(_socketPath));
            lock (_open)
            {
                _open.Add(client);
                _open.Add(engine);
                Accepted++;
            }
            _ = PumpAsync(client, engine);
            _ = PumpAsync(engine, client);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        byte[] buffer = new byte[65536];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception)
        {
            // Cut or closed: the other pump sees it too.
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace Containers.Engine.Api;

/// <summary>
/// A TCP connect for <see cref="BlockingConnection"/> that keeps the async path's promises without an await: it gives up
/// after the client's connect timeout and sees Ctrl+C. A plain blocking <see cref="Socket.Connect(string, int)"/> to a host
/// that drops the handshake waits for the kernel's SYN retries (about two minutes on Linux), and nothing can interrupt it.
/// So the connect is started non-blocking and waited for in short polls, each address of the host in turn.
/// </summary>
internal static class BlockingTcpConnect
{
    // How often a wait looks at the cancellation token: short enough that Ctrl+C feels immediate.
    private const int PollSliceMilliseconds = 100;

    /// <exception cref="TimeoutException">No address answered within <paramref name="timeout"/>.</exception>
    /// <exception cref="SocketException">The name did not resolve, or every address refused or failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Socket Connect(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        long deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        IPAddress[] addresses = IPAddress.TryParse(host, out IPAddress? literal) ? [literal] : Dns.GetHostAddresses(host);
        SocketException? failure = null;
        foreach (IPAddress address in addresses)
        {
            // NoDelay: a request is one send, and Nagle would hold the next request until the last one's ACK.
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, Blocking = false };
            try
            {
                try
                {
                    socket.Connect(new IPEndPoint(address, port));
                }
                catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
                {
                    WaitUntilConnected(socket, host, port, deadline, cancellationToken);
                }
                socket.Blocking = true;
                return socket;
            }
            catch (SocketException e)
            {
                // As the CLI does: the next address of the name may answer.
                socket.Dispose();
                failure = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw failure ?? new SocketException((int)SocketError.HostNotFound);
    }

    private static void WaitUntilConnected(Socket socket, string host, int port, long deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long left = deadline - Environment.TickCount64;
            if (left <= 0)
            {
                throw new TimeoutException($"{host}:{port} did not accept the connection in time.");
            }
            // Writable once the handshake has completed or failed; SO_ERROR tells which.
            if (socket.Poll(TimeSpan.FromMilliseconds(Math.Min(left, PollSliceMilliseconds)), SelectMode.SelectWrite)
                || socket.Poll(TimeSpan.Zero, SelectMode.SelectError))
            {
                var error = (SocketError)(int)socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)!;
                if (error != SocketError.Success)
                {
                    throw new SocketException((int)error);
                }
                return;
            }
        }
    }
}

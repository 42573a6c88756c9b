using System.Net.Sockets;

namespace Containers.Engine.Connection;

/// <summary>
/// One unpooled connection to the daemon: the stream to talk over (plain or TLS) and the socket under it,
/// kept so the send side can be shut down on its own (stdin EOF while output is still read).
/// </summary>
internal sealed class RawConnection : IDisposable, IAsyncDisposable
{
    private readonly Socket? _socket;

    public RawConnection(Stream stream, Socket socket)
    {
        Stream = stream;
        _socket = socket;
    }

    /// <summary>A connection through ssh: half-closing closes ssh's stdin, which ssh forwards as EOF.</summary>
    public RawConnection(SshCommandStream stream)
    {
        Stream = stream;
    }

    public Stream Stream { get; }

    /// <summary>
    /// Half-closes: the daemon reads EOF (and passes it on to the process's stdin) while it can still write to us.
    /// Over TLS the TCP send side is shut down under the TLS layer, exactly as the docker CLI's tlsClientCon does.
    /// </summary>
    public async Task ShutdownSendAsync()
    {
        await Stream.FlushAsync().ConfigureAwait(false);
        if (_socket is not null)
        {
            _socket.Shutdown(SocketShutdown.Send);
        }
        else if (Stream is SshCommandStream ssh)
        {
            ssh.CloseStandardInput();
        }
    }

    public void Dispose()
    {
        Stream.Dispose();
        _socket?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        _socket?.Dispose();
    }
}

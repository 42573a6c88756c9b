using System.IO.Pipes;
using System.Net.Security;
using System.Net.Sockets;
using Containers.Engine.Errors;

namespace Containers.Engine.Connection;

/// <summary>
/// Builds the HTTP handler for an endpoint: plain <see cref="SocketsHttpHandler"/> with a connect
/// callback for unix sockets, named pipes and ssh, so connection pooling and HTTP/1.1 are the framework's
/// own rather than a hand-written client (the failure mode that killed Docker.DotNet users).
/// </summary>
internal static class EngineTransport
{
    /// <summary>The host name sent to local daemons; any name works, this one reads well in daemon logs.</summary>
    internal const string LocalHostName = "docker";

    public static Uri BaseAddress(DockerEndpoint endpoint) => endpoint.Kind switch
    {
        // TLS is done in the connect callback (TlsConnector), so the handler itself always speaks plain HTTP.
        EndpointKind.Tcp => new Uri($"http://{endpoint.Address}/"),
        _ => new Uri($"http://{LocalHostName}/"),
    };

    public static SocketsHttpHandler CreateHandler(DockerEndpoint endpoint, EngineClientOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            // Follow nothing: the Engine API never redirects, and a redirect would leave the socket.
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
        };
        switch (endpoint.Kind)
        {
            case EndpointKind.Unix:
                handler.ConnectCallback = (_, ct) => ConnectUnixAsync(endpoint, ct);
                break;
            case EndpointKind.NamedPipe:
                handler.ConnectCallback = (_, ct) => ConnectNamedPipeAsync(endpoint, options.ConnectTimeout, ct);
                break;
            case EndpointKind.Tcp when endpoint.UseTls:
                TlsConnector tls;
                try
                {
                    tls = TlsConnector.Create(endpoint);
                }
                catch
                {
                    handler.Dispose();
                    throw;
                }
                handler.ConnectCallback = (_, ct) => tls.ConnectAsync(ct);
                break;
            case EndpointKind.Tcp:
                break;
            case EndpointKind.Ssh:
                // A new ssh process for each connection the handler opens; pooling keeps it while it is reused.
                handler.ConnectCallback = (_, _) => ValueTask.FromResult<Stream>(SshCommandStream.Start(endpoint, options));
                break;
        }
        return handler;
    }

    /// <summary>
    /// Opens a dedicated connection for a hijacked request (exec, attach with stdin). Not pooled: after the
    /// 101 the connection belongs to the caller, who must be able to half-close it, which a pooled
    /// SocketsHttpHandler connection cannot do (its upgraded stream has no shutdown of the send side).
    /// </summary>
    public static async Task<RawConnection> ConnectRawAsync(DockerEndpoint endpoint, EngineClientOptions options, CancellationToken cancellationToken)
    {
        switch (endpoint.Kind)
        {
            case EndpointKind.Unix:
            {
                var stream = (NetworkStream)await ConnectUnixAsync(endpoint, cancellationToken).ConfigureAwait(false);
                return new RawConnection(stream, stream.Socket);
            }
            case EndpointKind.Tcp when endpoint.UseTls:
            {
                // The same TLS as every other call (CA pinning, client certificates); the socket under it is kept for the half-close.
                (SslStream tls, Socket socket) = await TlsConnector.Create(endpoint).ConnectWithSocketAsync(cancellationToken).ConfigureAwait(false);
                return new RawConnection(tls, socket);
            }
            case EndpointKind.Tcp:
                return await ConnectTcpAsync(endpoint, options, cancellationToken).ConfigureAwait(false);
            case EndpointKind.Ssh:
                return new RawConnection(SshCommandStream.Start(endpoint, options));
            default:
                throw new NotSupportedException($"Interactive streams over named pipes ({endpoint}) are not supported yet.");
        }
    }

    private static async Task<RawConnection> ConnectTcpAsync(DockerEndpoint endpoint, EngineClientOptions options, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(endpoint.Host!, endpoint.Port, timeout.Token).ConfigureAwait(false);
            return new RawConnection(new NetworkStream(socket, ownsSocket: true), socket);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new EngineUnreachableException(endpoint, EngineErrorMapper.FromSocketError(e.SocketErrorCode), e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new EngineUnreachableException(endpoint, UnreachableReason.Timeout, e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async ValueTask<Stream> ConnectUnixAsync(DockerEndpoint endpoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            if (!File.Exists(endpoint.Address))
            {
                // Checked up front: on Linux a missing path and a refused socket are both errno values,
                // but users need to hear which of the two it was.
                throw new EngineUnreachableException(endpoint, UnreachableReason.NoSocket);
            }
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(endpoint.Address), cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new EngineUnreachableException(endpoint, EngineErrorMapper.FromSocketError(e.SocketErrorCode), e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async ValueTask<Stream> ConnectNamedPipeAsync(DockerEndpoint endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // \\.\pipe\docker_engine → server ".", pipe "docker_engine".
        string[] parts = endpoint.Address.TrimStart('\\').Split('\\', 3);
        string server = parts.Length > 0 ? parts[0] : ".";
        string pipeName = parts.Length > 2 ? parts[2] : endpoint.Address;
        var pipe = new NamedPipeClientStream(server, pipeName, PipeDirection.InOut, PipeOptions.Asynchronous);
        try
        {
            await pipe.ConnectAsync((int)timeout.TotalMilliseconds, cancellationToken).ConfigureAwait(false);
            return pipe;
        }
        catch (TimeoutException e)
        {
            await pipe.DisposeAsync().ConfigureAwait(false);
            throw new EngineUnreachableException(endpoint, UnreachableReason.Timeout, e);
        }
        catch
        {
            await pipe.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}

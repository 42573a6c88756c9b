using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Containers.Engine.Api.Wire;
using Containers.Engine.Connection;
using Containers.Engine.Errors;

namespace Containers.Engine.Api;

public sealed partial class ExecClient
{
    /// <summary>
    /// True when <see cref="RunBlocking"/> can reach this engine: a unix socket, or TCP without TLS. For TLS, ssh and
    /// named pipes use <see cref="CreateAsync"/> and <see cref="StartAsync"/>.
    /// </summary>
    public bool CanRunBlocking => BlockingConnection.Supports(_http.Endpoint);

    /// <summary>
    /// Creates and starts an exec without stdin with blocking calls on the calling thread, and returns it to be read
    /// by that thread (<see cref="BlockingExec.Read"/>, then <see cref="BlockingExec.WaitForExit"/>). Create and the
    /// hijacked start share one connection, which then carries the output; nothing runs on another thread. This is
    /// what makes a short exec cost what the daemon costs: the async calls hop between the caller, the thread pool and
    /// the runtime's epoll thread, a few milliseconds a call on a loaded machine (issue #6, bench/streams). Cancelling
    /// the token closes the connection: a blocked call ends at once with <see cref="OperationCanceledException"/>, and
    /// the process keeps running, as after docker exec is interrupted.
    /// </summary>
    /// <exception cref="ArgumentException">The command is empty, or <see cref="CreateExecOptions.AttachStdin"/> is set (there is no one to feed it).</exception>
    /// <exception cref="NotSupportedException">The endpoint is not one <see cref="CanRunBlocking"/> accepts.</exception>
    /// <exception cref="EngineNotFoundException">No such container.</exception>
    /// <exception cref="EngineConflictException">The container is not running (or paused).</exception>
    /// <exception cref="EngineUnreachableException">The engine could not be reached, or the connection broke.</exception>
    public BlockingExec RunBlocking(string containerIdOrName, CreateExecOptions options, CancellationToken cancellationToken)
    {
        ExecCreateWire create = ToWire(options);
        if (options.AttachStdin)
        {
            throw new ArgumentException("A blocking exec has no stdin: use CreateAsync and StartAsync to feed one.", nameof(options));
        }
        if (!CanRunBlocking)
        {
            throw new NotSupportedException($"A blocking exec needs a unix socket or TCP without TLS, not {_http.Endpoint.Url}.");
        }
        string createPath = _http.VersionedPath(Paths.Container(containerIdOrName, "exec"));
        var start = new ExecStartWire
        {
            Detach = false,
            Tty = options.Tty,
            ConsoleSize = options.ConsoleSize is { } size && _http.SupportsApi(1, 42) ? [size.Rows, size.Columns] : null,
        };
        cancellationToken.ThrowIfCancellationRequested();
        DockerEndpoint endpoint = _http.Endpoint;
        BlockingConnection? connection = null;
        CancellationTokenRegistration registration = default;
        try
        {
            connection = Connect(endpoint, _http.Options.ConnectTimeout, ref registration, cancellationToken);
            (ExecCreateResponseWire created, bool closed) = Exchange(connection, "POST", createPath,
                JsonSerializer.SerializeToUtf8Bytes(create, EngineJsonContext.Default.ExecCreateWire), EngineJsonContext.Default.ExecCreateResponseWire);
            if (closed)
            {
                // The daemon (or a proxy in front of it) did not keep the connection alive: start on a new one.
                registration.Dispose();
                connection.Dispose();
                connection = Connect(endpoint, _http.Options.ConnectTimeout, ref registration, cancellationToken);
            }
            connection.Send("POST", _http.VersionedPath(Path(created.Id, "start")), JsonSerializer.SerializeToUtf8Bytes(start, EngineJsonContext.Default.ExecStartWire), upgrade: true);
            (int status, Dictionary<string, string> headers) = connection.ReadHead();
            if (status is not (101 or 200))
            {
                throw ErrorFrom(status, connection.ReadBody(status, headers, EngineErrorMapper.MaxErrorBodyBytes));
            }
            // No stdin: say so at once, as the async path does, so nothing on the daemon's side waits for input.
            connection.ShutdownSend();
            headers.TryGetValue("content-type", out string? contentType);
            return new BlockingExec(this, connection, registration, created.Id, IsMultiplexed(contentType, options.Tty), endpoint, cancellationToken);
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or InvalidDataException or TimeoutException)
        {
            registration.Dispose();
            connection?.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            throw EngineErrorMapper.FromTransport(endpoint, e);
        }
        catch
        {
            registration.Dispose();
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>Inspects an exec with a blocking call on a connection of its own (for <see cref="BlockingExec.WaitForExit"/>).</summary>
    internal ExecDetails InspectBlocking(string execId, CancellationToken cancellationToken)
    {
        string path = _http.VersionedPath(Path(execId, "json"));
        cancellationToken.ThrowIfCancellationRequested();
        DockerEndpoint endpoint = _http.Endpoint;
        BlockingConnection? connection = null;
        CancellationTokenRegistration registration = default;
        try
        {
            connection = Connect(endpoint, _http.Options.ConnectTimeout, ref registration, cancellationToken);
            (ExecInspectWire wire, _) = Exchange(connection, "GET", path, [], EngineJsonContext.Default.ExecInspectWire);
            return ToDetails(wire);
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or InvalidDataException or TimeoutException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw EngineErrorMapper.FromTransport(endpoint, e);
        }
        finally
        {
            registration.Dispose();
            connection?.Dispose();
        }
    }

    private static BlockingConnection Connect(DockerEndpoint endpoint, TimeSpan connectTimeout, ref CancellationTokenRegistration registration, CancellationToken cancellationToken)
    {
        BlockingConnection connection = BlockingConnection.Open(endpoint, connectTimeout, cancellationToken);
        // Closing the socket is the one way to end a blocking call from another thread.
        registration = cancellationToken.Register(static state => ((BlockingConnection)state!).Dispose(), connection);
        return connection;
    }

    // One request and its JSON answer on a kept-alive connection; an error status becomes the engine exception.
    private static (T Value, bool Closed) Exchange<T>(BlockingConnection connection, string method, string path, byte[] body, JsonTypeInfo<T> typeInfo)
    {
        connection.Send(method, path, body, upgrade: false);
        (int status, Dictionary<string, string> headers) = connection.ReadHead();
        byte[] answer = connection.ReadBody(status, headers, EngineErrorMapper.MaxErrorBodyBytes);
        if (status is < 200 or >= 300)
        {
            throw ErrorFrom(status, answer);
        }
        T value = JsonSerializer.Deserialize(answer, typeInfo) ?? throw new EngineApiException(status, "The engine answered with an empty body.");
        bool closed = headers.TryGetValue("connection", out string? connectionHeader) && connectionHeader.Contains("close", StringComparison.OrdinalIgnoreCase);
        return (value, closed);
    }

    private static EngineException ErrorFrom(int status, byte[] body) =>
        EngineErrorMapper.FromStatus(status, EngineErrorMapper.ExtractMessage(System.Text.Encoding.UTF8.GetString(body), status));
}

using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>
/// One HTTP/1.1 connection to the daemon used only with blocking calls by the thread that needs the answers (see
/// <see cref="BlockingResponse"/> for why: no epoll thread, no thread pool, no hop between threads). Requests go one
/// after another on the same socket while the daemon keeps it alive; an upgrade turns it into the raw stream of a
/// hijacked exec. Plain sockets only (unix, tcp without TLS). Not thread-safe, except <see cref="Dispose"/>, which
/// a cancelling thread calls to end a blocked receive.
/// </summary>
internal sealed class BlockingConnection : IDisposable
{
    private const int MaxHeaderBytes = 64 * 1024;
    private static readonly string s_userAgent = $"Containers/{typeof(BlockingConnection).Assembly.GetName().Version?.ToString(3)}";

    private readonly Socket _socket;
    private readonly string _host;
    private byte[] _buffer = new byte[8192];
    private int _start;
    private int _end;

    private BlockingConnection(Socket socket, string host)
    {
        _socket = socket;
        _host = host;
    }

    /// <summary>True for endpoints a blocking socket can reach: a unix socket, or TCP without TLS.</summary>
    public static bool Supports(DockerEndpoint endpoint) =>
        endpoint.Kind == EndpointKind.Unix || (endpoint.Kind == EndpointKind.Tcp && !endpoint.UseTls);

    /// <summary>
    /// Connects (blocking). A TCP connect gives up after <paramref name="connectTimeout"/> with <see cref="TimeoutException"/>
    /// and ends within a tenth of a second of <paramref name="cancellationToken"/> being cancelled; other transport failures
    /// come as they are (<see cref="SocketException"/>). Callers map them.
    /// </summary>
    public static BlockingConnection Open(DockerEndpoint endpoint, TimeSpan connectTimeout, CancellationToken cancellationToken)
    {
        Socket socket;
        if (endpoint.Kind == EndpointKind.Unix)
        {
            // A local socket accepts or refuses at once: nothing to wait for.
            socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                socket.Connect(new UnixDomainSocketEndPoint(endpoint.Address));
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        else
        {
            socket = BlockingTcpConnect.Connect(endpoint.Host!, endpoint.Port, connectTimeout, cancellationToken);
        }
        return new BlockingConnection(socket, endpoint.Kind == EndpointKind.Tcp ? endpoint.Address : EngineTransport.LocalHostName);
    }

    /// <summary>
    /// Sends one request, head and body in a single write. <paramref name="upgrade"/> asks for a hijack
    /// (<c>Connection: Upgrade</c>, <c>Upgrade: tcp</c>: both, always, as Docker Desktop's proxy needs them).
    /// </summary>
    public void Send(string method, string versionedPathAndQuery, ReadOnlySpan<byte> jsonBody, bool upgrade)
    {
        var head = new StringBuilder(256)
            .Append(method).Append(' ').Append(versionedPathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(_host).Append("\r\n")
            .Append("User-Agent: ").Append(s_userAgent).Append("\r\n");
        if (method != "GET")
        {
            head.Append("Content-Type: application/json\r\n")
                .Append("Content-Length: ").Append(jsonBody.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }
        if (upgrade)
        {
            head.Append("Connection: Upgrade\r\nUpgrade: tcp\r\n");
        }
        head.Append("\r\n");
        byte[] request = new byte[Encoding.ASCII.GetByteCount(head.ToString()) + jsonBody.Length];
        int headLength = Encoding.ASCII.GetBytes(head.ToString(), request);
        jsonBody.CopyTo(request.AsSpan(headLength));
        int sent = 0;
        while (sent < request.Length)
        {
            sent += _socket.Send(request.AsSpan(sent));
        }
    }

    /// <summary>Reads a response head; the bytes after it stay buffered for <see cref="Receive"/>.</summary>
    /// <exception cref="EndOfStreamException">The daemon closed the connection before answering.</exception>
    public (int Status, Dictionary<string, string> Headers) ReadHead()
    {
        int end;
        while ((end = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8)) < 0)
        {
            Fill("The engine closed the connection before answering.");
        }
        (int status, Dictionary<string, string> headers) = HijackRequests.ParseHead(_buffer.AsSpan(_start, end));
        _start += end + 4;
        return (status, headers);
    }

    /// <summary>
    /// Reads a whole (small) body after <see cref="ReadHead"/>: none for 1xx, 204 and 304 (RFC 9112 §6.3), else
    /// Content-Length, chunked, or up to the close. At most <paramref name="limit"/> bytes are kept; with a length or
    /// chunks the rest is read past, so the connection can carry the next request.
    /// </summary>
    public byte[] ReadBody(int status, Dictionary<string, string> headers, int limit)
    {
        if (status is < 200 or 204 or 304)
        {
            return [];
        }
        var body = new MemoryStream();
        byte[] scratch = new byte[8192];
        if (headers.TryGetValue("transfer-encoding", out string? encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            var chunked = new ChunkedDecoder();
            while (!chunked.IsComplete)
            {
                int read = ReceiveOrThrow(scratch);
                int payload = chunked.Decode(scratch.AsSpan(0, read));
                Keep(body, scratch.AsSpan(0, payload), limit);
            }
        }
        else if (headers.TryGetValue("content-length", out string? text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
        {
            while (length > 0)
            {
                int read = ReceiveOrThrow(scratch.AsSpan(0, (int)Math.Min(scratch.Length, length)));
                Keep(body, scratch.AsSpan(0, read), limit);
                length -= read;
            }
        }
        else
        {
            int read;
            while ((read = Receive(scratch)) > 0)
            {
                Keep(body, scratch.AsSpan(0, read), limit);
            }
        }
        return body.ToArray();

        static void Keep(MemoryStream body, ReadOnlySpan<byte> data, int limit) =>
            body.Write(data[..(int)Math.Min(data.Length, Math.Max(0, limit - body.Length))]);
    }

    /// <summary>Reads bytes: first those buffered after a head, then the socket's. Blocks until some come; 0 at the end.</summary>
    public int Receive(Span<byte> buffer)
    {
        if (_start < _end)
        {
            int count = Math.Min(buffer.Length, _end - _start);
            _buffer.AsSpan(_start, count).CopyTo(buffer);
            _start += count;
            return count;
        }
        return _socket.Receive(buffer);
    }

    /// <summary>Half-closes: the daemon reads EOF, and what it sends still arrives.</summary>
    public void ShutdownSend() => _socket.Shutdown(SocketShutdown.Send);

    /// <summary>Closes the socket; from another thread, this ends a blocked receive at once.</summary>
    public void Dispose() => _socket.Dispose();

    private int ReceiveOrThrow(Span<byte> buffer)
    {
        int read = Receive(buffer);
        return read > 0 ? read : throw new EndOfStreamException("The engine closed the connection before the end of the response.");
    }

    // Appends what the socket has to the buffer, compacting or growing it (heads are at most 64 KiB).
    private void Fill(string endOfStreamMessage)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxHeaderBytes)
            {
                throw new EngineApiException(0, "The engine's response headers exceed 64 KiB.");
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        int read = _socket.Receive(_buffer.AsSpan(_end));
        if (read == 0)
        {
            throw new EndOfStreamException(endOfStreamMessage);
        }
        _end += read;
    }
}

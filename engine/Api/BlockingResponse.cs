using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>
/// A GET answered over a dedicated socket that is only ever used with blocking calls, for long bodies read by one
/// thread (a million-line log). Why not HttpClient: a socket that has seen one async call is registered with .NET's
/// epoll thread for good, and the daemon flushes each log line as its own write, so every line then costs a wake-up
/// of that thread and a hop through the thread pool: measured, 4 to 9 s of CPU for 1,000,000 lines against 0.5 to
/// 1 s here, and the same wall time as curl (issue #6). Plain sockets only (unix, tcp without TLS); the others keep
/// HttpClient. The body reads as a stream: chunked coding is decoded in place, and a body cut before its end
/// (no last chunk, short of Content-Length) is an <see cref="EndOfStreamException"/>, never a quiet end.
/// </summary>
internal sealed class BlockingResponse : Stream
{
    private const int MaxHeaderBytes = 64 * 1024;

    private readonly Socket _socket;
    private readonly ChunkedDecoder? _chunked;
    private long? _remaining;
    private byte[] _pending;
    private int _pendingStart;
    private readonly int _pendingEnd;

    private BlockingResponse(Socket socket, int status, Dictionary<string, string> headers, byte[] pending, int pendingStart, int pendingEnd)
    {
        _socket = socket;
        Status = status;
        _pending = pending;
        _pendingStart = pendingStart;
        _pendingEnd = pendingEnd;
        if (headers.TryGetValue("transfer-encoding", out string? encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            _chunked = new ChunkedDecoder();
        }
        else if (headers.TryGetValue("content-length", out string? text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
        {
            _remaining = length;
        }
    }

    /// <summary>True for endpoints a blocking socket can reach: a unix socket, or TCP without TLS.</summary>
    public static bool Supports(DockerEndpoint endpoint) =>
        endpoint.Kind == EndpointKind.Unix || (endpoint.Kind == EndpointKind.Tcp && !endpoint.UseTls);

    /// <summary>The response status.</summary>
    public int Status { get; }

    /// <summary>
    /// Connects, sends <c>GET path?query</c> and reads the response head. An error status becomes the matching engine
    /// exception, as for every other call. Blocking: call it where the body will be read.
    /// </summary>
    public static BlockingResponse Get(EngineHttp http, string path, Query? query)
    {
        DockerEndpoint endpoint = http.Endpoint;
        Socket socket = endpoint.Kind == EndpointKind.Unix
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (endpoint.Kind == EndpointKind.Unix)
            {
                socket.Connect(new UnixDomainSocketEndPoint(endpoint.Address));
            }
            else
            {
                socket.Connect(endpoint.Host!, endpoint.Port);
            }
            string host = endpoint.Kind == EndpointKind.Tcp ? endpoint.Address : EngineTransport.LocalHostName;
            string head = $"GET {http.VersionedPath(path)}{query} HTTP/1.1\r\n"
                + $"Host: {host}\r\n"
                + $"User-Agent: Containers/{typeof(BlockingResponse).Assembly.GetName().Version?.ToString(3)}\r\n\r\n";
            socket.Send(Encoding.ASCII.GetBytes(head));
            byte[] buffer = new byte[8192];
            int filled = 0;
            int end;
            while ((end = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) < 0)
            {
                if (filled == buffer.Length)
                {
                    if (buffer.Length >= MaxHeaderBytes)
                    {
                        throw new EngineApiException(0, "The engine's response headers exceed 64 KiB.");
                    }
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                int read = socket.Receive(buffer.AsSpan(filled));
                if (read == 0)
                {
                    throw new EndOfStreamException("The engine closed the connection before answering.");
                }
                filled += read;
            }
            (int status, Dictionary<string, string> headers) = HijackRequests.ParseHead(buffer.AsSpan(0, end));
            var response = new BlockingResponse(socket, status, headers, buffer, end + 4, filled);
            if (status is >= 200 and < 300)
            {
                return response;
            }
            using (response)
            {
                throw EngineErrorMapper.FromStatus(status, EngineErrorMapper.ExtractMessage(response.ReadErrorBody(), status));
            }
        }
        catch (Exception e) when (e is SocketException or IOException or InvalidDataException)
        {
            socket.Dispose();
            throw EngineErrorMapper.FromTransport(endpoint, e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private string ReadErrorBody()
    {
        var body = new MemoryStream();
        byte[] buffer = new byte[8192];
        int read;
        while (body.Length < EngineErrorMapper.MaxErrorBodyBytes && (read = Read(buffer)) > 0)
        {
            body.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
    }

    /// <summary>Reads body bytes; blocks until some are there. 0 at the end of the body.</summary>
    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (_chunked is { IsComplete: true } || _remaining == 0 || buffer.IsEmpty)
            {
                return 0;
            }
            int read;
            if (_pendingStart < _pendingEnd)
            {
                read = Math.Min(buffer.Length, _pendingEnd - _pendingStart);
                _pending.AsSpan(_pendingStart, read).CopyTo(buffer);
                _pendingStart += read;
                if (_pendingStart == _pendingEnd)
                {
                    _pending = [];
                }
            }
            else
            {
                read = _socket.Receive(buffer);
                if (read == 0)
                {
                    if (_chunked is not null || _remaining > 0)
                    {
                        throw new EndOfStreamException("The engine closed the connection before the end of the response.");
                    }
                    return 0;
                }
            }
            if (_chunked is not null)
            {
                read = _chunked.Decode(buffer[..read]);
                if (read == 0)
                {
                    continue; // only chunk framing in this read
                }
                return read;
            }
            if (_remaining is long remaining)
            {
                read = (int)Math.Min(read, remaining);
                _remaining = remaining - read;
            }
            return read;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Also what a cancelling thread calls: closing the socket ends a Receive blocked on it.
            _socket.Dispose();
        }
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

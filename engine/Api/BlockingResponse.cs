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
    private readonly BlockingConnection _connection;
    private readonly ChunkedDecoder? _chunked;
    private long? _remaining;

    private BlockingResponse(BlockingConnection connection, int status, Dictionary<string, string> headers)
    {
        _connection = connection;
        Status = status;
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
    public static bool Supports(DockerEndpoint endpoint) => BlockingConnection.Supports(endpoint);

    /// <summary>The response status.</summary>
    public int Status { get; }

    /// <summary>
    /// Connects, sends <c>GET path?query</c> and reads the response head. An error status becomes the matching engine
    /// exception, as for every other call. Blocking: call it where the body will be read. <paramref name="cancellationToken"/>
    /// is seen while connecting; the reader of the body sees it after.
    /// </summary>
    public static BlockingResponse Get(EngineHttp http, string path, Query? query, CancellationToken cancellationToken)
    {
        DockerEndpoint endpoint = http.Endpoint;
        BlockingConnection? connection = null;
        try
        {
            connection = BlockingConnection.Open(endpoint, http.Options.ConnectTimeout, cancellationToken);
            connection.Send("GET", http.VersionedPath(path) + query, [], upgrade: false);
            (int status, Dictionary<string, string> headers) = connection.ReadHead();
            var response = new BlockingResponse(connection, status, headers);
            if (status is >= 200 and < 300)
            {
                return response;
            }
            using (response)
            {
                throw EngineErrorMapper.FromStatus(status, EngineErrorMapper.ExtractMessage(response.ReadErrorBody(), status));
            }
        }
        catch (Exception e) when (e is SocketException or IOException or InvalidDataException or TimeoutException)
        {
            connection?.Dispose();
            throw EngineErrorMapper.FromTransport(endpoint, e);
        }
        catch
        {
            connection?.Dispose();
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
            int read = _connection.Receive(buffer);
            if (read == 0)
            {
                if (_chunked is not null || _remaining > 0)
                {
                    throw new EndOfStreamException("The engine closed the connection before the end of the response.");
                }
                return 0;
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
            _connection.Dispose();
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

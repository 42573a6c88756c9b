using System.Globalization;
using System.Text;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>
/// Hijacked requests (exec start, attach with stdin): HTTP/1.1 with <c>Connection: Upgrade</c> and <c>Upgrade: tcp</c>
/// over a dedicated connection, answered by <c>101 UPGRADED</c> (200 from old daemons), after which the
/// connection is a raw duplex stream. Written by hand on purpose: the upgraded stream SocketsHttpHandler hands out
/// cannot half-close, and without a half-close <c>sort</c> never sees the end of its input.
/// </summary>
internal static class HijackRequests
{
    private const int MaxHeaderBytes = 64 * 1024;
    private static readonly byte[] s_headerEnd = "\r\n\r\n"u8.ToArray();

    /// <summary>
    /// POSTs <paramref name="jsonBody"/> to <paramref name="path"/> and returns the hijacked stream. An error status
    /// becomes the matching engine exception (404 → <see cref="EngineNotFoundException"/>…), as for every other call.
    /// </summary>
    public static async Task<HijackedStream> PostHijackAsync(this EngineHttp http, string path, Query? query, byte[] jsonBody, CancellationToken cancellationToken)
    {
        RawConnection connection = await EngineTransport.ConnectRawAsync(http.Endpoint, http.Options, cancellationToken).ConfigureAwait(false);
        try
        {
            string host = http.Endpoint.Kind == EndpointKind.Tcp ? http.Endpoint.Address : EngineTransport.LocalHostName;
            string head = $"POST {http.VersionedPath(path)}{query} HTTP/1.1\r\n"
                + $"Host: {host}\r\n"
                + $"User-Agent: Containers/{typeof(HijackRequests).Assembly.GetName().Version?.ToString(3)}\r\n"
                + "Content-Type: application/json\r\n"
                + $"Content-Length: {jsonBody.Length.ToString(CultureInfo.InvariantCulture)}\r\n"
                // Both headers, always: Docker Desktop's proxy does not set up the raw stream without them.
                + "Connection: Upgrade\r\n"
                + "Upgrade: tcp\r\n\r\n";
            byte[] request = [.. Encoding.ASCII.GetBytes(head), .. jsonBody];
            await connection.Stream.WriteAsync(request, cancellationToken).ConfigureAwait(false);
            await connection.Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            (int status, Dictionary<string, string> headers, ReadOnlyMemory<byte> rest) = await ReadHeadAsync(connection.Stream, cancellationToken).ConfigureAwait(false);
            if (status is 101 or 200)
            {
                headers.TryGetValue("content-type", out string? contentType);
                return new HijackedStream(connection, rest, contentType);
            }
            string body = await ReadErrorBodyAsync(connection.Stream, headers, rest, cancellationToken).ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            throw EngineErrorMapper.FromStatus(status, EngineErrorMapper.ExtractMessage(body, status));
        }
        catch (Exception e) when (e is IOException or EndOfStreamException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw EngineErrorMapper.FromTransport(http.Endpoint, e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<(int Status, Dictionary<string, string> Headers, ReadOnlyMemory<byte> Remainder)> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[8192];
        int filled = 0;
        int end;
        while ((end = buffer.AsSpan(0, filled).IndexOf(s_headerEnd)) < 0)
        {
            if (filled == buffer.Length)
            {
                if (buffer.Length >= MaxHeaderBytes)
                {
                    throw new EngineApiException(0, "The engine's response headers exceed 64 KiB.");
                }
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            int read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException("The engine closed the connection before answering.");
            }
            filled += read;
        }
        (int status, Dictionary<string, string> headers) = ParseHead(buffer.AsSpan(0, end));
        int bodyStart = end + s_headerEnd.Length;
        return (status, headers, buffer.AsMemory(bodyStart, filled - bodyStart));
    }

    /// <summary>Parses a response head (status line and fields, without the blank line that ends it). Shared with <see cref="BlockingResponse"/>.</summary>
    internal static (int Status, Dictionary<string, string> Headers) ParseHead(ReadOnlySpan<byte> head)
    {
        string[] lines = Encoding.ASCII.GetString(head).Split("\r\n");
        // "HTTP/1.1 101 UPGRADED"
        string[] statusLine = lines[0].Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out int status))
        {
            throw new EngineApiException(0, $"The engine answered with something that is not HTTP: '{lines[0]}'.");
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines.Skip(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
        return (status, headers);
    }

    // An error answer has a small body: Content-Length, chunked, or until close; at most 1 MiB is read.
    private static async Task<string> ReadErrorBodyAsync(Stream stream, Dictionary<string, string> headers, ReadOnlyMemory<byte> rest, CancellationToken cancellationToken)
    {
        var body = new MemoryStream();
        body.Write(rest.Span);
        long? length = headers.TryGetValue("content-length", out string? text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : null;
        bool chunked = headers.TryGetValue("transfer-encoding", out string? encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase);
        byte[] buffer = new byte[8192];
        while (body.Length < EngineErrorMapper.MaxErrorBodyBytes && (length is null || body.Length < length))
        {
            if (chunked && EndsWithLastChunk(body))
            {
                break;
            }
            int read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }
            await body.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        string raw = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)Math.Min(body.Length, length ?? body.Length));
        return chunked ? Dechunk(raw) : raw;
    }

    private static bool EndsWithLastChunk(MemoryStream body) =>
        body.Length >= 5 && body.GetBuffer().AsSpan(0, (int)body.Length).EndsWith("0\r\n\r\n"u8);

    private static string Dechunk(string raw)
    {
        var text = new StringBuilder();
        int position = 0;
        while (position < raw.Length)
        {
            int lineEnd = raw.IndexOf("\r\n", position, StringComparison.Ordinal);
            if (lineEnd < 0 || !int.TryParse(raw.AsSpan(position, lineEnd - position).Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int size) || size == 0)
            {
                break;
            }
            int start = lineEnd + 2;
            text.Append(raw, start, Math.Min(size, raw.Length - start));
            position = start + size + 2;
        }
        return text.ToString();
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using Containers.Engine.Models;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ContainersClient.ReadLogsAsync"/>. Defaults: both streams, everything, no follow.</summary>
public sealed record ContainerLogsOptions
{
    /// <summary>Keep streaming new lines until the container stops or the token is cancelled (docker logs -f).</summary>
    public bool Follow { get; init; }

    /// <summary>Only the last N lines; null for all.</summary>
    public int? Tail { get; init; }

    /// <summary>Only lines logged at or after this time; null for no lower bound.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only lines logged before this time; null for no upper bound.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Report each line's time (docker logs -t).</summary>
    public bool Timestamps { get; init; }

    /// <summary>Include stdout. Default true.</summary>
    public bool Stdout { get; init; } = true;

    /// <summary>Include stderr. Default true.</summary>
    public bool Stderr { get; init; } = true;
}

public sealed partial class ContainersClient
{
    /// <summary>
    /// Reads a container's log (<c>GET /containers/{id}/logs</c>) line by line, stdout and stderr told apart
    /// (the multiplexed frames, or raw output for a TTY container: the container is inspected first to know).
    /// With <see cref="ContainerLogsOptions.Follow"/> it ends when the container stops; cancelling the token
    /// ends it at once.
    /// </summary>
    public async IAsyncEnumerable<LogLine> ReadLogsAsync(string idOrName, ContainerLogsOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (IReadOnlyList<LogLine> batch in ReadLogBatchesAsync(idOrName, options, cancellationToken).ConfigureAwait(false))
        {
            foreach (LogLine line in batch)
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// As <see cref="ReadLogsAsync"/>, in batches: each holds the lines completed by one read of the response (up to
    /// 64 KiB, thousands of short lines), in order. For consumers that hand lines to another thread (a cmdlet's
    /// pipeline): one hand-off per batch instead of per line is what makes a million-line log fast (issue #6).
    /// </summary>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    /// <exception cref="Errors.EngineUnreachableException">The connection broke, also inside a frame (no line is lost silently).</exception>
    public async IAsyncEnumerable<IReadOnlyList<LogLine>> ReadLogBatchesAsync(string idOrName, ContainerLogsOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ContainerDetails container = await InspectAsync(idOrName, cancellationToken).ConfigureAwait(false);
        Query query = LogsQuery(options);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Get, Paths.Container(container.Id, "logs"), query, null, cancellationToken).ConfigureAwait(false);
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            var decoder = new LogLineDecoder(multiplexed: !container.Tty, options.Timestamps);
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = await ReadBodyAsync(body, buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                var batch = new List<LogLine>(Math.Max(16, read / 16));
                decoder.Push(buffer.AsSpan(0, read), batch);
                if (batch.Count > 0)
                {
                    yield return batch;
                }
            }
            if (decoder.InsideFrame && !cancellationToken.IsCancellationRequested)
            {
                throw Errors.EngineErrorMapper.FromTransport(_http.Endpoint, new EndOfStreamException("The log stream ended inside a frame."));
            }
            List<LogLine> last = [];
            decoder.Finish(last);
            if (last.Count > 0)
            {
                yield return last;
            }
        }
    }

    /// <summary>
    /// Opens a container's log for blocking reads by the consuming thread: what a cmdlet that writes every line to its
    /// pipeline wants (see <see cref="ContainerLogReader"/>). The container is inspected first (TTY or not, and
    /// <see cref="Errors.EngineNotFoundException"/> for an unknown one); on unix and plain TCP endpoints the log then
    /// comes over a dedicated blocking socket, elsewhere over the shared HttpClient.
    /// </summary>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    public async Task<ContainerLogReader> OpenLogReaderAsync(string idOrName, ContainerLogsOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ContainerDetails container = await InspectAsync(idOrName, cancellationToken).ConfigureAwait(false);
        Query query = LogsQuery(options);
        string path = Paths.Container(container.Id, "logs");
        if (BlockingResponse.Supports(_http.Endpoint))
        {
            // Connecting to a local socket and reading the head take no time worth an await; the body is read by the caller.
            var response = BlockingResponse.Get(_http, path, query, cancellationToken);
            return new ContainerLogReader(response, owner: null, _http.Endpoint, multiplexed: !container.Tty, options.Timestamps, cancellationToken);
        }
        HttpResponseMessage message = await _http.SendAsync(HttpMethod.Get, path, query, null, cancellationToken).ConfigureAwait(false);
        try
        {
            Stream body = await message.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ContainerLogReader(body, message, _http.Endpoint, multiplexed: !container.Tty, options.Timestamps, cancellationToken);
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    private static Query LogsQuery(ContainerLogsOptions options) => new Query()
        .Add("stdout", options.Stdout)
        .Add("stderr", options.Stderr)
        .Add("follow", options.Follow ? true : null)
        .Add("timestamps", options.Timestamps ? true : null)
        .Add("tail", options.Tail?.ToString(CultureInfo.InvariantCulture))
        .Add("since", options.Since)
        .Add("until", options.Until);

    // A connection cut mid-stream (a proxy, a daemon restart) is an engine error naming the endpoint,
    // never a quiet end that would hide lost lines.
    private async Task<int> ReadBodyAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw Errors.EngineErrorMapper.FromTransport(_http.Endpoint, e);
        }
    }
}

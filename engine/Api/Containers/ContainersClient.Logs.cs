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
        var query = new Query()
            .Add("stdout", options.Stdout)
            .Add("stderr", options.Stderr)
            .Add("follow", options.Follow ? true : null)
            .Add("timestamps", options.Timestamps ? true : null)
            .Add("tail", options.Tail?.ToString(CultureInfo.InvariantCulture))
            .Add("since", options.Since)
            .Add("until", options.Until);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Get, Paths.Container(container.Id, "logs"), query, null, cancellationToken).ConfigureAwait(false);
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            var decoder = new FrameDecoder(multiplexed: !container.Tty);
            var splitters = new Dictionary<StreamKind, LineSplitter>();
            var pieces = new List<(StreamKind Stream, Range Range)>();
            var texts = new List<string>();
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = await ReadBodyAsync(body, buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                pieces.Clear();
                decoder.Decode(buffer.AsSpan(0, read), pieces);
                List<LogLine>? batch = null;
                foreach ((StreamKind stream, Range range) in pieces)
                {
                    if (!splitters.TryGetValue(stream, out LineSplitter? splitter))
                    {
                        splitter = new LineSplitter();
                        splitters[stream] = splitter;
                    }
                    texts.Clear();
                    splitter.Push(buffer.AsSpan(range), texts);
                    foreach (string text in texts)
                    {
                        (batch ??= new List<LogLine>(Math.Max(16, read / 16))).Add(ToLine(stream, text, options.Timestamps));
                    }
                }
                if (batch is not null)
                {
                    yield return batch;
                }
            }
            if (decoder.InsideFrame && !cancellationToken.IsCancellationRequested)
            {
                throw Errors.EngineErrorMapper.FromTransport(_http.Endpoint, new EndOfStreamException("The log stream ended inside a frame."));
            }
            List<LogLine> last = [];
            foreach ((StreamKind stream, LineSplitter splitter) in splitters)
            {
                if (splitter.Flush() is { } text)
                {
                    last.Add(ToLine(stream, text, options.Timestamps));
                }
            }
            if (last.Count > 0)
            {
                yield return last;
            }
        }
    }

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

    internal static LogLine ToLine(StreamKind stream, string line, bool timestamps)
    {
        if (timestamps)
        {
            // "2026-11-28T10:00:00.123456789Z text": RFC 3339 with nanoseconds, then one space.
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            string stamp = space < 0 ? line : line[..space];
            if (DateTimeOffset.TryParse(TrimToTicks(stamp), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time))
            {
                return new LogLine { Stream = stream, Timestamp = time, Text = space < 0 ? "" : line[(space + 1)..] };
            }
        }
        return new LogLine { Stream = stream, Text = line };
    }

    // .NET parses at most 7 fractional digits; the engine writes 9.
    private static string TrimToTicks(string stamp)
    {
        int dot = stamp.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return stamp;
        }
        int end = dot + 1;
        while (end < stamp.Length && char.IsDigit(stamp[end]))
        {
            end++;
        }
        return end - dot - 1 > 7 ? stamp[..(dot + 8)] + stamp[end..] : stamp;
    }
}

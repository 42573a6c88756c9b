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
            var splitters = new Dictionary<StreamKind, LineSplitter>();
            IAsyncEnumerator<OutputChunk> chunks = MultiplexedStreamReader.ReadAsync(body, multiplexed: !container.Tty, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using var chunksScope = chunks.ConfigureAwait(false);
            while (await NextAsync(chunks, cancellationToken).ConfigureAwait(false))
            {
                OutputChunk chunk = chunks.Current;
                if (!splitters.TryGetValue(chunk.Stream, out LineSplitter? splitter))
                {
                    splitter = new LineSplitter();
                    splitters[chunk.Stream] = splitter;
                }
                foreach (string line in splitter.Push(chunk.Data.Span))
                {
                    yield return ToLine(chunk.Stream, line, options.Timestamps);
                }
            }
            foreach ((StreamKind stream, LineSplitter splitter) in splitters)
            {
                if (splitter.Flush() is { } last)
                {
                    yield return ToLine(stream, last, options.Timestamps);
                }
            }
        }
    }

    // A connection cut mid-stream (a proxy, a daemon restart) is an engine error naming the endpoint,
    // never a quiet end that would hide lost lines.
    private async Task<bool> NextAsync(IAsyncEnumerator<OutputChunk> chunks, CancellationToken cancellationToken)
    {
        try
        {
            return await chunks.MoveNextAsync().ConfigureAwait(false);
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

using System.Globalization;
using System.Runtime.CompilerServices;
using Containers.Engine.Models;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ServicesClient.ReadLogsAsync"/>. Defaults: both streams, everything, no follow.</summary>
public sealed record ServiceLogsOptions
{
    /// <summary>Keep streaming new lines until the token is cancelled (docker service logs -f).</summary>
    public bool Follow { get; init; }

    /// <summary>Only the last N lines of each task; null for all.</summary>
    public int? Tail { get; init; }

    /// <summary>Only lines logged at or after this time; null for no lower bound.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Report each line's time (docker service logs -t).</summary>
    public bool Timestamps { get; init; }

    /// <summary>Include stdout. Default true.</summary>
    public bool Stdout { get; init; } = true;

    /// <summary>Include stderr. Default true.</summary>
    public bool Stderr { get; init; } = true;
}

public sealed partial class ServicesClient
{
    /// <summary>
    /// Reads the log of every task of a service (<c>GET /services/{id}/logs</c>), line by line, stdout and stderr told
    /// apart (multiplexed frames, or one raw stream for a TTY service: the service is inspected first to know). Each
    /// line names the task and node it came from (the daemon's details, asked for as the docker CLI does). Lines of
    /// different tasks arrive interleaved, in the order the swarm collects them. With
    /// <see cref="ServiceLogsOptions.Follow"/> it runs until the token is cancelled.
    /// </summary>
    /// <exception cref="Errors.EngineNotFoundException">No such service.</exception>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is no swarm manager.</exception>
    /// <exception cref="Errors.EngineUnreachableException">The connection was cut mid-stream.</exception>
    public async IAsyncEnumerable<ServiceLogLine> ReadLogsAsync(string idOrName, ServiceLogsOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ServiceSummary service = await InspectAsync(idOrName, cancellationToken).ConfigureAwait(false);
        var query = new Query()
            .Add("details", true)
            .Add("stdout", options.Stdout)
            .Add("stderr", options.Stderr)
            .Add("follow", options.Follow ? true : null)
            .Add("timestamps", options.Timestamps ? true : null)
            .Add("tail", options.Tail?.ToString(CultureInfo.InvariantCulture))
            .Add("since", options.Since);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Get, Paths.Service(service.Id, "logs"), query, null, cancellationToken).ConfigureAwait(false);
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            var splitters = new Dictionary<StreamKind, LineSplitter>();
            IAsyncEnumerator<OutputChunk> chunks = MultiplexedStreamReader.ReadAsync(body, multiplexed: !service.Tty, cancellationToken).GetAsyncEnumerator(cancellationToken);
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

    // A connection cut mid-stream is an engine error naming the endpoint, never a quiet end that would hide lost lines.
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

    // "[timestamp ]details text": the timestamp as for containers, then the details the daemon adds with details=1 —
    // comma-separated, query-escaped key=value pairs (com.docker.swarm.node.id=…,com.docker.swarm.service.id=…,
    // com.docker.swarm.task.id=…) and one space.
    internal static ServiceLogLine ToLine(StreamKind stream, string line, bool timestamps)
    {
        LogLine parsed = LogLineDecoder.ToLine(stream, line, timestamps);
        string text = parsed.Text;
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        string details = space < 0 ? text : text[..space];
        if (space < 0 || (details.Length > 0 && !details.Contains('=', StringComparison.Ordinal)))
        {
            return new ServiceLogLine { Stream = stream, Timestamp = parsed.Timestamp, Text = text };
        }
        string service = "", task = "", node = "";
        foreach (string pair in details.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }
            string value = Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            switch (Uri.UnescapeDataString(pair[..equals]))
            {
                case "com.docker.swarm.service.id":
                    service = value;
                    break;
                case "com.docker.swarm.task.id":
                    task = value;
                    break;
                case "com.docker.swarm.node.id":
                    node = value;
                    break;
            }
        }
        return new ServiceLogLine { Stream = stream, Timestamp = parsed.Timestamp, Text = text[(space + 1)..], ServiceId = service, TaskId = task, NodeId = node };
    }
}

using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Containers.Engine.Auth;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Engine.Streams.BuildContext;

namespace Containers.Engine.Api;

public sealed partial class ImagesClient
{
    /// <summary>
    /// Builds an image with the classic builder (<c>POST /build</c>, as <c>DOCKER_BUILDKIT=0 docker build</c>): the
    /// context directory goes as a tar streamed into the request, honouring .dockerignore exactly as the CLI does;
    /// then the daemon's output is yielded line by line with the steps, and the last event carries the image id.
    /// Cancelling the token aborts the request, which makes the daemon cancel the build.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The context directory does not exist (before any I/O).</exception>
    /// <exception cref="FileNotFoundException">The Dockerfile does not exist (before any I/O).</exception>
    /// <exception cref="ArgumentException">.dockerignore has a malformed pattern (before any I/O).</exception>
    /// <exception cref="EngineBuildException">The daemon failed the build; the message names the step.</exception>
    public async IAsyncEnumerable<BuildEvent> BuildAsync(BuildImageOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        BuildContextSource source = BuildContextSource.Prepare(options.ContextDirectory, options.Dockerfile);
        Query query = BuildQuery(options, source.DockerfileName);

        // The body is written while SendAsync runs; its progress reaches the caller through a small channel that
        // keeps only the latest figures, so a slow reader never holds up the upload nor piles up events.
        var sending = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var content = new BuildContextContent(source, new InlineProgress(bytes => sending.Writer.TryWrite(bytes)));
        KeyValuePair<string, string>[] headers = options.RegistryAuths is { Count: > 0 } auths ? [new(RegistryConfigHeader.Name, RegistryConfigHeader.Encode(auths))] : [];
        Task<HttpResponseMessage> send = SendBuildAsync(query, content, headers, sending.Writer, cancellationToken);
        await foreach (long bytes in sending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new BuildEvent { Kind = BuildEventKind.ContextSending, ContextBytes = bytes };
        }
        using HttpResponseMessage response = await send.ConfigureAwait(false);
        long contextBytes = content.Sent?.Bytes ?? 0;
        yield return new BuildEvent { Kind = BuildEventKind.ContextSent, ContextBytes = contextBytes };

        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            var state = new BuildOutputState(contextBytes);
            var decoder = new JsonMessageDecoder();
            byte[] buffer = new byte[16384];
            while (true)
            {
                int read;
                try
                {
                    read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e) when (!cancellationToken.IsCancellationRequested)
                {
                    throw EngineErrorMapper.FromTransport(_http.Endpoint, e);
                }
                if (read == 0)
                {
                    break;
                }
                foreach (JsonMessage message in decoder.Push(buffer.AsSpan(0, read)))
                {
                    foreach (BuildEvent e in state.Take(message))
                    {
                        yield return e;
                    }
                }
            }
            decoder.Complete();
            foreach (BuildEvent e in state.Finish())
            {
                yield return e;
            }
        }
    }

    private async Task<HttpResponseMessage> SendBuildAsync(Query query, BuildContextContent content, KeyValuePair<string, string>[] headers,
        ChannelWriter<long> progress, CancellationToken cancellationToken)
    {
        try
        {
            return await _http.SendAsync(HttpMethod.Post, "build", query, content, headers, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            progress.TryComplete();
        }
    }

    private static Query BuildQuery(BuildImageOptions options, string dockerfile)
    {
        var query = new Query().Add("dockerfile", dockerfile);
        foreach (string tag in options.Tags ?? [])
        {
            if (string.IsNullOrWhiteSpace(tag))
            {
                throw new ArgumentException("A tag is empty.", nameof(options));
            }
            query.Add("t", tag);
        }
        if (options.BuildArgs is { Count: > 0 } args)
        {
            query.Add("buildargs", JsonSerializer.Serialize(args.ToDictionary(p => p.Key, p => p.Value!), EngineJsonContext.Default.DictionaryStringString));
        }
        if (options.Labels is { Count: > 0 } labels)
        {
            query.Add("labels", JsonSerializer.Serialize(labels.ToDictionary(p => p.Key, p => p.Value), EngineJsonContext.Default.DictionaryStringString));
        }
        return query
            .Add("target", string.IsNullOrEmpty(options.Target) ? null : options.Target)
            .Add("nocache", options.NoCache ? true : null)
            .Add("pull", options.Pull ? "1" : null)
            .Add("platform", string.IsNullOrEmpty(options.Platform) ? null : options.Platform)
            // As the CLI: remove intermediate containers of successful steps; the classic builder (version 1).
            .Add("rm", true)
            .Add("version", "1");
    }

    /// <summary>Reports on the thread that reports (Progress&lt;T&gt; would post to a context and reorder).</summary>
    private sealed class InlineProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    /// <summary>Turns the daemon's build messages into events: output cut into lines, steps recognised, the id kept.</summary>
    private sealed partial class BuildOutputState(long contextBytes)
    {
        private readonly System.Text.StringBuilder _partial = new();
        private int _step;
        private int _stepCount;
        private string? _instruction;
        private string? _imageId;

        [GeneratedRegex(@"^Step (\d+)/(\d+) : (.*)$")]
        private static partial Regex StepLine();

        public IEnumerable<BuildEvent> Take(JsonMessage message)
        {
            if (message.IsError)
            {
                throw new EngineBuildException(_step, _stepCount, _instruction, message.Error!, JsonMessageReader.ToException(message));
            }
            if (message.Aux is { ValueKind: JsonValueKind.Object } aux && aux.TryGetProperty("ID", out JsonElement id) && id.ValueKind == JsonValueKind.String)
            {
                _imageId = id.GetString();
            }
            string? text = message.Stream ?? message.Status;
            if (text is null)
            {
                yield break;
            }
            _partial.Append(text);
            string all = _partial.ToString();
            int end = all.LastIndexOf('\n');
            if (end < 0)
            {
                yield break;
            }
            _partial.Clear().Append(all, end + 1, all.Length - end - 1);
            foreach (string raw in all[..end].Split('\n'))
            {
                foreach (BuildEvent e in Line(raw.TrimEnd('\r')))
                {
                    yield return e;
                }
            }
        }

        public IEnumerable<BuildEvent> Finish()
        {
            if (_partial.Length > 0)
            {
                foreach (BuildEvent e in Line(_partial.ToString().TrimEnd('\r')))
                {
                    yield return e;
                }
                _partial.Clear();
            }
            if (_imageId is null)
            {
                throw new EngineApiException(200, "The build ended without reporting an image id.");
            }
            yield return new BuildEvent { Kind = BuildEventKind.Built, ContextBytes = contextBytes, Step = _step, StepCount = _stepCount, ImageId = _imageId };
        }

        private IEnumerable<BuildEvent> Line(string line)
        {
            Match step = StepLine().Match(line);
            if (step.Success)
            {
                _step = int.Parse(step.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                _stepCount = int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                _instruction = step.Groups[3].Value;
                yield return new BuildEvent { Kind = BuildEventKind.Step, ContextBytes = contextBytes, Step = _step, StepCount = _stepCount, Text = _instruction };
            }
            yield return new BuildEvent { Kind = BuildEventKind.Output, ContextBytes = contextBytes, Step = _step, StepCount = _stepCount, Text = line };
        }
    }
}

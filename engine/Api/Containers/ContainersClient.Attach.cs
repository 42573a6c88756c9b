namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ContainersClient.AttachOutputAsync"/>.</summary>
public sealed record AttachOutputOptions
{
    /// <summary>Include stdout. Default true.</summary>
    public bool Stdout { get; init; } = true;

    /// <summary>Include stderr. Default true.</summary>
    public bool Stderr { get; init; } = true;

    /// <summary>Replay what the container already wrote before streaming (docker attach --logs). Default false.</summary>
    public bool Logs { get; init; }
}

public sealed partial class ContainersClient
{
    /// <summary>
    /// Attaches to a container's output (<c>POST /containers/{id}/attach?stream=1</c>) and returns the raw stream,
    /// which ends when the container exits. Read it with <see cref="Streams.MultiplexedStreamReader"/>:
    /// multiplexed unless the container has a TTY. Attach before starting to see all output. Dispose the stream to detach.
    /// </summary>
    public async Task<Stream> AttachOutputAsync(string idOrName, AttachOutputOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var query = new Query().Add("stream", true).Add("stdout", options.Stdout).Add("stderr", options.Stderr).Add("logs", options.Logs ? true : null);
        HttpResponseMessage response = await _http.SendAsync(HttpMethod.Post, Paths.Container(idOrName, "attach"), query, null, cancellationToken).ConfigureAwait(false);
        try
        {
            Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ResponseOwningStream(body, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}

using Containers.Engine.Models;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ContainersClient.AttachAsync"/> (docker attach's flags).</summary>
public sealed record AttachOptions
{
    /// <summary>Send our input to the container's stdin (docker attach without --no-stdin). Default true.</summary>
    public bool Stdin { get; init; } = true;

    /// <summary>The key sequence that detaches (docker notation, e.g. "ctrl-p,ctrl-q"); null: the daemon's default, ctrl-p,ctrl-q.</summary>
    public string? DetachKeys { get; init; }

    /// <summary>Replay what the container already wrote before streaming. Default false, as docker attach.</summary>
    public bool Logs { get; init; }
}

public sealed partial class ContainersClient
{
    /// <summary>
    /// Attaches to a running container's PID 1 (<c>POST /containers/{id}/attach?stream=1&amp;stdin=1…</c>) over a
    /// dedicated hijacked connection, as docker attach does, and returns the duplex session. Output is multiplexed
    /// unless the container has a TTY (inspected first, so the caller need not know). Dispose it to detach.
    /// </summary>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    /// <exception cref="Errors.EngineConflictException">The container is not running (or is paused).</exception>
    /// <exception cref="FormatException">Invalid <see cref="AttachOptions.DetachKeys"/>.</exception>
    public async Task<ContainerAttachSession> AttachAsync(string idOrName, AttachOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DetachKeys is not null)
        {
            _ = Streams.DetachKeys.Parse(options.DetachKeys);
        }
        ContainerDetails details = await InspectAsync(idOrName, cancellationToken).ConfigureAwait(false);
        var query = new Query()
            .Add("stream", true)
            .Add("stdin", options.Stdin)
            .Add("stdout", true)
            .Add("stderr", true)
            .Add("logs", options.Logs ? true : null)
            .Add("detachKeys", options.DetachKeys);
        HijackedStream stream = await _http.PostHijackAsync(Paths.Container(details.Id, "attach"), query, [], cancellationToken).ConfigureAwait(false);
        // As for exec: the media type decides from API 1.42 on; before, the container's own Tty does.
        bool multiplexed = stream.ContentType switch
        {
            "application/vnd.docker.multiplexed-stream" when _http.SupportsApi(1, 42) => true,
            "application/vnd.docker.raw-stream" when _http.SupportsApi(1, 42) => false,
            _ => !details.Tty,
        };
        return new ContainerAttachSession(this, _http.Endpoint, details.Id, stream, multiplexed);
    }

    /// <summary>Resizes a container's TTY (<c>POST /containers/{id}/resize</c>); sizes in character cells.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    public async Task ResizeAsync(string idOrName, int rows, int columns, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        var query = new Query().Add("h", rows).Add("w", columns);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Post, Paths.Container(idOrName, "resize"), query, null, cancellationToken).ConfigureAwait(false);
    }
}

using System.Text.Json;
using Containers.Engine.Api.Wire;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ExecClient.StartAsync"/>.</summary>
public sealed record StartExecOptions
{
    /// <summary>Must match the Tty the exec was created with: it decides whether output is multiplexed.</summary>
    public bool Tty { get; init; }

    /// <summary>Initial TTY size as (rows, columns); null for the daemon default. Sent only where the API has it (1.42+).</summary>
    public (int Rows, int Columns)? ConsoleSize { get; init; }
}

public sealed partial class ExecClient
{
    /// <summary>
    /// Starts a created exec (<c>POST /exec/{id}/start</c>) over a dedicated hijacked connection and returns the
    /// session: write stdin, half-close it, read stdout/stderr, then ask for the exit code. Dispose the session to
    /// disconnect (the process keeps running, as with docker exec).
    /// </summary>
    /// <exception cref="Errors.EngineNotFoundException">No such exec instance.</exception>
    /// <exception cref="Errors.EngineConflictException">The container is not running, or the exec already started.</exception>
    /// <exception cref="Errors.EngineUnreachableException">The dedicated connection could not be made.</exception>
    public async Task<ExecSession> StartAsync(string execId, StartExecOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var wire = new ExecStartWire
        {
            Detach = false,
            Tty = options.Tty,
            ConsoleSize = options.ConsoleSize is { } size && _http.SupportsApi(1, 42) ? [size.Rows, size.Columns] : null,
        };
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(wire, EngineJsonContext.Default.ExecStartWire);
        HijackedStream stream = await _http.PostHijackAsync(Path(execId, "start"), null, body, cancellationToken).ConfigureAwait(false);
        bool multiplexed = IsMultiplexed(stream.ContentType, options.Tty);
        return new ExecSession(this, _http.Endpoint, execId, stream, multiplexed);
    }

    // The media type is meaningful from API 1.42 on; before that daemons (20.10 included) send raw-stream for every
    // hijack, so there the exec's own Tty decides. Never guessed from the bytes.
    private bool IsMultiplexed(string? contentType, bool tty) => contentType switch
    {
        "application/vnd.docker.multiplexed-stream" when _http.SupportsApi(1, 42) => true,
        "application/vnd.docker.raw-stream" when _http.SupportsApi(1, 42) => false,
        _ => !tty,
    };
}

using System.Net.Sockets;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>
/// A started exec on its hijacked connection. Write stdin with <see cref="WriteInputAsync"/>, end it with
/// <see cref="CloseInputAsync"/> (a half-close: the process reads EOF while its output still comes), read output with
/// <see cref="ReadOutputAsync"/> until the process closes it, then <see cref="WaitForExitAsync"/> for the exit code.
/// Reading and writing may run concurrently (one reader, one writer). A connection cut mid-way surfaces as
/// <see cref="EngineUnreachableException"/> with <see cref="UnreachableReason.ConnectionLost"/>, never as a quiet end.
/// </summary>
public sealed class ExecSession : IInteractiveSession
{
    private readonly ExecClient _client;
    private readonly DockerEndpoint _endpoint;
    private readonly HijackedStream _stream;
    private bool _inputClosed;

    internal ExecSession(ExecClient client, DockerEndpoint endpoint, string execId, HijackedStream stream, bool multiplexed)
    {
        _client = client;
        _endpoint = endpoint;
        _stream = stream;
        ExecId = execId;
        Multiplexed = multiplexed;
    }

    /// <summary>The exec instance's id.</summary>
    public string ExecId { get; }

    /// <summary>True when output comes as stdout/stderr frames; false for a TTY's single raw stream.</summary>
    public bool Multiplexed { get; }

    /// <summary>
    /// Writes bytes to the process's stdin (created with <see cref="CreateExecOptions.AttachStdin"/>). Returns false when
    /// the process no longer takes input (it exited or closed stdin): like a shell pipe, that is not an error of ours.
    /// </summary>
    public async Task<bool> WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        if (_inputClosed)
        {
            throw new InvalidOperationException("The exec's input is already closed.");
        }
        try
        {
            await _stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // A cut connection is reported by the output side, which sees it too.
            return false;
        }
    }

    /// <summary>Ends the process's stdin (shutdown of the send side); idempotent. Output can still be read.</summary>
    public async Task CloseInputAsync()
    {
        if (_inputClosed)
        {
            return;
        }
        _inputClosed = true;
        try
        {
            await _stream.ShutdownSendAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // Already gone: the output side reports a cut.
        }
    }

    /// <summary>
    /// The process's output until it closes it: stdout and stderr frames, or raw stdout chunks with a TTY. A chunk's
    /// data is valid only until the next one.
    /// </summary>
    /// <exception cref="EngineUnreachableException">The connection broke (reason ConnectionLost, endpoint named).</exception>
    public IAsyncEnumerable<OutputChunk> ReadOutputAsync(CancellationToken cancellationToken) =>
        _stream.ReadOutputAsync(Multiplexed, _endpoint, cancellationToken);

    /// <summary>Resizes the exec's TTY (<c>POST /exec/{id}/resize</c>); sizes in character cells.</summary>
    public Task ResizeAsync(int rows, int columns, CancellationToken cancellationToken) =>
        _client.ResizeAsync(ExecId, rows, columns, cancellationToken);

    /// <summary>
    /// Waits until the process has ended and returns its details (<see cref="ExecDetails.ExitCode"/> set). The daemon
    /// closes the output a moment before it records the exit, so this asks again briefly until it has.
    /// </summary>
    public async Task<ExecDetails> WaitForExitAsync(CancellationToken cancellationToken)
    {
        int delayMs = 2;
        while (true)
        {
            ExecDetails details = await _client.InspectAsync(ExecId, cancellationToken).ConfigureAwait(false);
            if (!details.Running)
            {
                return details;
            }
            await Task.Delay(delayMs, cancellationToken).ConfigureAwait(false);
            delayMs = Math.Min(delayMs * 2, 250);
        }
    }

    /// <summary>Closes the connection; the process keeps running, as after docker exec is interrupted.</summary>
    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}

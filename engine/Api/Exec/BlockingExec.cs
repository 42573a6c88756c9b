using System.Net.Sockets;
using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>
/// A started exec without stdin, read with blocking calls by the thread that consumes it (a cmdlet's pipeline
/// thread), from <see cref="ExecClient.RunBlocking"/>: <see cref="Read"/> until false, then <see cref="WaitForExit"/>
/// for the exit code. Output is decoded in place (frames, UTF-8, lines) with no hand-off between threads. A connection
/// cut mid-way is <see cref="EngineUnreachableException"/> with <see cref="UnreachableReason.ConnectionLost"/>, never a
/// quiet end; cancelling the token given at start closes the connection and ends a blocked call at once with
/// <see cref="OperationCanceledException"/>. Dispose to disconnect; the process keeps running, as with docker exec.
/// </summary>
public sealed class BlockingExec : IDisposable
{
    private readonly ExecClient _client;
    private readonly BlockingConnection _connection;
    private readonly CancellationTokenRegistration _registration;
    private readonly DockerEndpoint _endpoint;
    private readonly CancellationToken _cancellationToken;
    private readonly FrameDecoder _frames;
    private readonly ExecLineSplitter _lines = new();
    private readonly List<(StreamKind Stream, Range Range)> _pieces = [];
    private readonly byte[] _buffer = new byte[64 * 1024];
    private bool _ended;

    internal BlockingExec(ExecClient client, BlockingConnection connection, CancellationTokenRegistration registration, string execId, bool multiplexed,
        DockerEndpoint endpoint, CancellationToken cancellationToken)
    {
        _client = client;
        _connection = connection;
        _registration = registration;
        _endpoint = endpoint;
        _cancellationToken = cancellationToken;
        _frames = new FrameDecoder(multiplexed);
        ExecId = execId;
        Multiplexed = multiplexed;
    }

    /// <summary>The exec instance's id.</summary>
    public string ExecId { get; }

    /// <summary>True when output comes as stdout/stderr frames; false for a TTY's single raw stream.</summary>
    public bool Multiplexed { get; }

    /// <summary>
    /// Blocks until at least one line is complete (or the output ends) and appends the lines read to
    /// <paramref name="lines"/>, in order. At the end, a last line without a line break is appended too (stdout's,
    /// then stderr's). False when the output has ended and nothing was added.
    /// </summary>
    /// <exception cref="EngineUnreachableException">The connection broke, also inside a frame (no output is lost silently).</exception>
    /// <exception cref="OperationCanceledException">The token given at start was cancelled.</exception>
    public bool Read(List<ExecOutputLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        int before = lines.Count;
        while (!_ended && lines.Count == before)
        {
            int read;
            try
            {
                _cancellationToken.ThrowIfCancellationRequested();
                read = _connection.Receive(_buffer);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                throw EngineErrorMapper.FromTransport(_endpoint, e);
            }
            if (read == 0)
            {
                _ended = true;
                if (_frames.InsideFrame)
                {
                    throw EngineErrorMapper.FromTransport(_endpoint, new IOException("The exec's output ended inside a frame."));
                }
                _lines.Finish(lines);
                break;
            }
            _pieces.Clear();
            _frames.Decode(_buffer.AsSpan(0, read), _pieces);
            foreach ((StreamKind stream, Range range) in _pieces)
            {
                _lines.Push(stream, _buffer.AsSpan(range), lines);
            }
        }
        return lines.Count > before;
    }

    /// <summary>
    /// Waits (blocking) until the process has ended and returns its details (<see cref="ExecDetails.ExitCode"/> set).
    /// The daemon closes the output a moment before it records the exit, so this asks again briefly until it has.
    /// </summary>
    /// <exception cref="EngineUnreachableException">The engine could not be reached.</exception>
    /// <exception cref="OperationCanceledException">The token given at start was cancelled.</exception>
    public ExecDetails WaitForExit()
    {
        int delayMs = 2;
        while (true)
        {
            ExecDetails details = _client.InspectBlocking(ExecId, _cancellationToken);
            if (!details.Running)
            {
                return details;
            }
            _cancellationToken.WaitHandle.WaitOne(delayMs);
            _cancellationToken.ThrowIfCancellationRequested();
            delayMs = Math.Min(delayMs * 2, 250);
        }
    }

    /// <summary>Closes the connection; the process keeps running.</summary>
    public void Dispose()
    {
        _registration.Dispose();
        _connection.Dispose();
    }
}

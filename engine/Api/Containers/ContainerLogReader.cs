using Containers.Engine.Connection;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>
/// A container's log read with blocking calls by the thread that consumes it (a cmdlet's pipeline thread), from
/// <see cref="ContainersClient.OpenLogReaderAsync"/>. For a long log this is several times cheaper than the async
/// enumeration: no hop between threads per read and, on unix and plain TCP endpoints, a socket the runtime's epoll
/// thread never sees (see <see cref="BlockingResponse"/>; issue #6). Cancelling the token given at open closes the
/// connection, which ends a blocked <see cref="Read"/> at once with <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class ContainerLogReader : IDisposable
{
    private readonly Stream _body;
    private readonly IDisposable? _owner;
    private readonly DockerEndpoint _endpoint;
    private readonly LogLineDecoder _decoder;
    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenRegistration _registration;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private bool _ended;

    internal ContainerLogReader(Stream body, IDisposable? owner, DockerEndpoint endpoint, bool multiplexed, bool timestamps, CancellationToken cancellationToken)
    {
        _body = body;
        _owner = owner;
        _endpoint = endpoint;
        _decoder = new LogLineDecoder(multiplexed, timestamps);
        _cancellationToken = cancellationToken;
        _registration = cancellationToken.Register(static state => ((ContainerLogReader)state!).Close(), this);
    }

    /// <summary>
    /// Blocks until at least one line is complete (or the log ends) and appends the lines read to
    /// <paramref name="lines"/>, in order. False when the log has ended and nothing was added.
    /// </summary>
    /// <exception cref="EngineUnreachableException">The connection broke, also inside a frame (no line is lost silently).</exception>
    /// <exception cref="OperationCanceledException">The token given at open was cancelled.</exception>
    public bool Read(List<LogLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        int before = lines.Count;
        while (!_ended && lines.Count == before)
        {
            int read;
            try
            {
                _cancellationToken.ThrowIfCancellationRequested();
                read = _body.Read(_buffer);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or ObjectDisposedException or InvalidDataException or HttpRequestException)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                throw EngineErrorMapper.FromTransport(_endpoint, e);
            }
            if (read == 0)
            {
                _ended = true;
                if (_decoder.InsideFrame)
                {
                    throw EngineErrorMapper.FromTransport(_endpoint, new EndOfStreamException("The log stream ended inside a frame."));
                }
                _decoder.Finish(lines);
                break;
            }
            _decoder.Push(_buffer.AsSpan(0, read), lines);
        }
        return lines.Count > before;
    }

    private void Close()
    {
        _body.Dispose();
        _owner?.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _registration.Dispose();
        Close();
    }
}

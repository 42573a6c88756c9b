using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Containers.Engine.Connection;
using Containers.Engine.Errors;

namespace Containers.Engine.Streams;

/// <summary>
/// The raw duplex stream of a hijacked HTTP connection (<c>101 UPGRADED</c>): reads return first the bytes
/// that arrived together with the response headers, then the connection's own; writes go straight to the
/// daemon; <see cref="ShutdownSendAsync"/> half-closes so the process reads EOF on stdin.
/// </summary>
internal sealed class HijackedStream : Stream
{
    private readonly RawConnection _connection;
    private ReadOnlyMemory<byte> _pending;

    public HijackedStream(RawConnection connection, ReadOnlyMemory<byte> alreadyRead, string? contentType)
    {
        _connection = connection;
        _pending = alreadyRead;
        ContentType = contentType;
    }

    /// <summary>The response's Content-Type: <c>application/vnd.docker.multiplexed-stream</c> or <c>…raw-stream</c>; null from older daemons.</summary>
    public string? ContentType { get; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public Task ShutdownSendAsync() => _connection.ShutdownSendAsync();

    /// <summary>
    /// The output until the daemon closes it, as frames or raw chunks. A cut connection surfaces as
    /// <see cref="EngineUnreachableException"/> (reason ConnectionLost, endpoint named), never as a quiet end.
    /// </summary>
    public async IAsyncEnumerable<OutputChunk> ReadOutputAsync(bool multiplexed, DockerEndpoint endpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IAsyncEnumerator<OutputChunk> chunks = MultiplexedStreamReader.ReadAsync(this, multiplexed, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using var scope = chunks.ConfigureAwait(false);
        while (true)
        {
            bool more;
            try
            {
                more = await chunks.MoveNextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or EndOfStreamException or SocketException && !cancellationToken.IsCancellationRequested)
            {
                throw EngineErrorMapper.FromTransport(endpoint, e is EndOfStreamException ? new IOException(e.Message, e) : e);
            }
            if (!more)
            {
                yield break;
            }
            yield return chunks.Current;
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_pending.IsEmpty)
        {
            return _connection.Stream.Read(buffer, offset, count);
        }
        int taken = Math.Min(count, _pending.Length);
        _pending[..taken].CopyTo(buffer.AsMemory(offset, taken));
        _pending = _pending[taken..];
        return taken;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_pending.IsEmpty)
        {
            return _connection.Stream.ReadAsync(buffer, cancellationToken);
        }
        int count = Math.Min(buffer.Length, _pending.Length);
        _pending[..count].CopyTo(buffer);
        _pending = _pending[count..];
        return ValueTask.FromResult(count);
    }

    public override void Write(byte[] buffer, int offset, int count) => _connection.Stream.Write(buffer, offset, count);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _connection.Stream.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        _connection.Stream.WriteAsync(buffer, cancellationToken);

    public override void Flush() => _connection.Stream.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _connection.Stream.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}

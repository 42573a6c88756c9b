namespace Containers.LanguageServer.Server;

/// <summary>
/// The client's input for StreamJsonRpc after <see cref="InitializeHandshake"/>: first the bytes the handshake read
/// and did not use (the rest of a burst, or everything when it left the first message to StreamJsonRpc), then the
/// underlying stream. Read-only; only the read paths StreamJsonRpc's pipe reader uses are needed.
/// </summary>
internal sealed class ReplayingStream : Stream
{
    private readonly Stream _inner;
    private ReadOnlyMemory<byte> _replay;

    public ReplayingStream(Stream inner) => _inner = inner;

    /// <summary>The underlying stream, for <see cref="InitializeHandshake"/> to read before this one is read.</summary>
    public Stream Inner => _inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Sets the bytes to give out before the underlying stream's; call before the first read.</summary>
    public void Replay(ReadOnlyMemory<byte> bytes) => _replay = bytes;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_replay.IsEmpty)
        {
            return _inner.Read(buffer);
        }

        return TakeReplay(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_replay.IsEmpty)
        {
            return _inner.ReadAsync(buffer, cancellationToken);
        }

        return ValueTask.FromResult(TakeReplay(buffer.Span));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int TakeReplay(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _replay.Length);
        _replay.Span[..count].CopyTo(buffer);
        _replay = _replay[count..];
        return count;
    }
}

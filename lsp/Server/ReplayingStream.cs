namespace Containers.LanguageServer.Server;

/// <summary>
/// The client's input for StreamJsonRpc after <see cref="InitializeHandshake"/>: first the bytes the handshake read
/// and did not use (the rest of a burst, or everything when it left the first message to StreamJsonRpc), then the
/// underlying stream. Every read waits until <see cref="Replay"/> has been called: StreamJsonRpc starts pumping its
/// input into a pipe when the connection is built, while the handshake may still be reading the same stdin, and a read
/// started on the underlying stream then would take the handshake's bytes or pass over the replayed ones. Read-only.
/// </summary>
internal sealed class ReplayingStream : Stream
{
    private readonly Stream _inner;
    private readonly TaskCompletionSource _handedOver = new(TaskCreationOptions.RunContinuationsAsynchronously);
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

    /// <summary>Hands the input over: sets the bytes to give out before the underlying stream's and lets reads proceed. Call once.</summary>
    public void Replay(ReadOnlyMemory<byte> bytes)
    {
        _replay = bytes;
        _handedOver.SetResult();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
#pragma warning disable VSTHRD002 // A synchronous read blocks anyway; this waits only for the handshake to finish.
        _handedOver.Task.GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
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
        if (!_handedOver.Task.IsCompleted)
        {
            return ReadAfterHandOverAsync(buffer, cancellationToken);
        }

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

    private async ValueTask<int> ReadAfterHandOverAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        await _handedOver.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    private int TakeReplay(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _replay.Length);
        _replay.Span[..count].CopyTo(buffer);
        _replay = _replay[count..];
        return count;
    }
}

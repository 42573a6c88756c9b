namespace Containers.Engine.Streams.BuildContext;

/// <summary>A write-only pass-through that counts bytes and reports them at most every 512 KiB.</summary>
internal sealed class CountingStream : Stream
{
    private const long ReportEvery = 512 * 1024;
    // Not disposed here: the stream belongs to whoever handed it in (HttpClient's request body).
#pragma warning disable CA2213
    private readonly Stream _inner;
#pragma warning restore CA2213
    private readonly IProgress<long>? _progress;
    private long _lastReported;

    public CountingStream(Stream inner, IProgress<long>? progress)
    {
        _inner = inner;
        _progress = progress;
    }

    public long Written { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Written; set => throw new NotSupportedException(); }
    public override void Flush() => _inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        _inner.Write(buffer, offset, count);
        Count(count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await _inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        Count(buffer.Length);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Reports the current count whatever the step (the final figure).</summary>
    public void ReportNow()
    {
        _lastReported = Written;
        _progress?.Report(Written);
    }

    private void Count(int count)
    {
        Written += count;
        if (Written - _lastReported >= ReportEvery)
        {
            ReportNow();
        }
    }
}

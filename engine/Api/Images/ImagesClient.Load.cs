using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

public sealed partial class ImagesClient
{
    /// <summary>
    /// Loads images from a <c>docker save</c> tar archive (<c>POST /images/load</c>), streaming
    /// <paramref name="archive"/> to the engine as it is read (memory stays flat), and yields the daemon's messages:
    /// "Loading layer" progress per layer, then <see cref="JsonMessage.Stream"/> lines "Loaded image: repo:tag" or
    /// "Loaded image ID: sha256:…". <paramref name="sent"/> receives the bytes of the archive sent so far.
    /// </summary>
    /// <exception cref="Errors.EngineApiException">The archive is not an image archive (the daemon's message says why).</exception>
    public async IAsyncEnumerable<JsonMessage> LoadAsync(Stream archive, IProgress<long>? sent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var content = new StreamContent(new CountingReadStream(archive, sent), 81920);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        HttpResponseMessage response;
        using (content)
        {
            response = await _http.SendAsync(HttpMethod.Post, "images/load", new Query().Add("quiet", false), content, cancellationToken).ConfigureAwait(false);
        }
        await foreach (JsonMessage message in _http.ReadMessagesAsync(response, cancellationToken).ConfigureAwait(false))
        {
            yield return message;
        }
    }

    /// <summary>Reports how much of a request body has been read (sent). Does not own the inner stream.</summary>
    private sealed class CountingReadStream(Stream inner, IProgress<long>? progress) : Stream
    {
        private long _total;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => _total; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _total += read;
            progress?.Report(_total);
            return read;
        }
    }
}

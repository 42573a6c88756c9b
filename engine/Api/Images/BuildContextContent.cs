using System.Net;
using System.Net.Http.Headers;
using Containers.Engine.Streams.BuildContext;

namespace Containers.Engine.Api;

/// <summary>
/// The POST /build request body: the context tar written straight onto the connection as HttpClient asks for it
/// (chunked, no length known up front), so it is never held in memory nor in a temporary file.
/// </summary>
internal sealed class BuildContextContent : HttpContent
{
    private readonly BuildContextSource _source;
    private readonly IProgress<long>? _progress;

    public BuildContextContent(BuildContextSource source, IProgress<long>? progress)
    {
        _source = source;
        _progress = progress;
        Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
    }

    /// <summary>What was sent, once the body is complete; null before.</summary>
    public BuildContextStats? Sent { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        Sent = await BuildContextTarWriter.WriteAsync(_source, stream, _progress, cancellationToken).ConfigureAwait(false);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}

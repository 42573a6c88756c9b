namespace Containers.Engine.Api;

public sealed partial class ImagesClient
{
    /// <summary>
    /// Streams one or more images (with their tags and layers) as a <c>docker save</c> tar archive
    /// (<c>GET /images/get</c>) into <paramref name="destination"/>, in 80 KiB chunks: memory stays flat whatever the
    /// size. <paramref name="progress"/> receives the bytes copied so far. Returns the archive's size in bytes.
    /// </summary>
    /// <exception cref="ArgumentException">No reference given.</exception>
    /// <exception cref="Errors.EngineNotFoundException">One of the images does not exist (nothing is written then).</exception>
    public async Task<long> SaveAsync(IReadOnlyList<string> references, Stream destination, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(destination);
        if (references.Count == 0 || references.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one image, and no empty reference.", nameof(references));
        }
        var query = new Query();
        foreach (string reference in references)
        {
            query.Add("names", reference);
        }
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Get, "images/get", query, null, cancellationToken).ConfigureAwait(false);
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            byte[] buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await ReadBodyAsync(body, buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                total += read;
                progress?.Report(total);
            }
            return total;
        }
    }

    // A save cut short must fail, never leave a truncated archive that looks whole.
    private async Task<int> ReadBodyAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw Errors.EngineErrorMapper.FromTransport(_http.Endpoint, e);
        }
    }
}

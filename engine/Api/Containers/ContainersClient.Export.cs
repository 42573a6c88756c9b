namespace Containers.Engine.Api;

public sealed partial class ContainersClient
{
    /// <summary>
    /// Streams a container's file system as a tar archive (<c>GET /containers/{id}/export</c>) into
    /// <paramref name="destination"/>, in 80 KiB chunks: memory stays flat whatever the size.
    /// <paramref name="progress"/> receives the bytes copied so far.
    /// </summary>
    public async Task<long> ExportAsync(string idOrName, Stream destination, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Get, Paths.Container(idOrName, "export"), null, null, cancellationToken).ConfigureAwait(false);
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            byte[] buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                total += read;
                progress?.Report(total);
            }
            return total;
        }
    }
}

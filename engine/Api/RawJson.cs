using System.Text.Json;

namespace Containers.Engine.Api;

/// <summary>
/// Reads a daemon answer as JSON text, unchanged except for indentation: what <c>docker inspect</c> shows.
/// Callers that want the object as the daemon sent it (an editor showing it, a diff) need every field,
/// including those our typed models leave out.
/// </summary>
internal static class RawJson
{
    /// <summary>Bodies above this are refused rather than held in memory (inspect answers are a few KiB).</summary>
    private const int MaximumBytes = 16 * 1024 * 1024;

    public static async Task<string> GetIndentedAsync(EngineHttp http, string path, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await http.SendAsync(HttpMethod.Get, path, null, null, cancellationToken).ConfigureAwait(false);
        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw Errors.EngineErrorMapper.FromTransport(http.Endpoint, e);
        }
        if (body.Length > MaximumBytes)
        {
            throw new Errors.EngineApiException((int)response.StatusCode, $"The engine's answer for {path} is larger than {MaximumBytes} bytes.");
        }
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                document.WriteTo(writer);
            }
            return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (JsonException e)
        {
            throw new Errors.EngineApiException((int)response.StatusCode, $"The engine's answer for {path} is not JSON: {e.Message}", e);
        }
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Containers.Engine.Errors;

namespace Containers.Engine.Api;

/// <summary>
/// Requests with a JSON body and/or a JSON answer (create, connect, prune), on top of
/// <c>EngineHttp.SendAsync</c> so status mapping stays in one place. Bodies go through the
/// source-generated context: no reflection under NativeAOT.
/// </summary>
internal static class JsonRequests
{
    /// <summary>Sends <paramref name="body"/> as JSON and reads the answer as <typeparamref name="TResult"/>.</summary>
    public static async Task<TResult> SendJsonAsync<TBody, TResult>(this EngineHttp http, HttpMethod method, string path, Query? query,
        TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
    {
        using HttpContent content = JsonContent.Create(body, bodyType);
        using HttpResponseMessage response = await http.SendAsync(method, path, query, content, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(http, response, path, resultType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="body"/> as JSON; the answer (if any) is drained and ignored.</summary>
    public static async Task SendJsonAsync<TBody>(this EngineHttp http, HttpMethod method, string path, Query? query,
        TBody body, JsonTypeInfo<TBody> bodyType, CancellationToken cancellationToken)
    {
        using HttpContent content = JsonContent.Create(body, bodyType);
        using HttpResponseMessage response = await http.SendAsync(method, path, query, content, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a request without a body and reads the answer as <typeparamref name="TResult"/> (prune, image delete).</summary>
    public static async Task<TResult> SendForJsonAsync<TResult>(this EngineHttp http, HttpMethod method, string path, Query? query,
        JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await http.SendAsync(method, path, query, null, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(http, response, path, resultType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the body of a response already checked by <see cref="EngineHttp.SendAsync(HttpMethod, string, Query?, HttpContent?, CancellationToken)"/>.</summary>
    public static Task<TResult> ReadBodyAsync<TResult>(EngineHttp http, HttpResponseMessage response, string path, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken) =>
        ReadAsync(http, response, path, resultType, cancellationToken);

    private static async Task<TResult> ReadAsync<TResult>(EngineHttp http, HttpResponseMessage response, string path, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken)
    {
        Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                TResult? value = await JsonSerializer.DeserializeAsync(stream, resultType, cancellationToken).ConfigureAwait(false);
                return value ?? throw new EngineApiException((int)response.StatusCode, $"The engine returned an empty answer for {path}.");
            }
            catch (IOException e)
            {
                throw EngineErrorMapper.FromTransport(http.Endpoint, e);
            }
        }
    }
}

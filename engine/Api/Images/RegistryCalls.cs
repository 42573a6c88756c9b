using Containers.Engine.Auth;
using Containers.Engine.Errors;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>
/// Calls the daemon forwards to a registry (pull, push, search, login). The daemon answers registry refusals with
/// HTTP 500 and the registry's text ("no basic auth credentials", "401 Unauthorized"), so a 500 is read again for
/// what the text names; an auth failure must surface as one, not as a server error.
/// </summary>
internal static class RegistryCalls
{
    public static async Task<HttpResponseMessage> SendToRegistryAsync(this EngineHttp http, HttpMethod method, string path, Query? query,
        HttpContent? content, RegistryAuth? auth, CancellationToken cancellationToken)
    {
        try
        {
            KeyValuePair<string, string>[] headers = [new(RegistryAuthHeader.Name, RegistryAuthHeader.Encode(auth))];
            return await http.SendAsync(method, path, query, content, headers, cancellationToken).ConfigureAwait(false);
        }
        catch (EngineApiException e) when (e.StatusCode == 500 && JsonMessageReader.ClassifyRegistryError(e.Message, e) is { } typed)
        {
            throw typed;
        }
    }
}

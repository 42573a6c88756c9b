using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using Containers.Engine.Connection;
using Containers.Engine.Errors;

namespace Containers.Engine.Api;

/// <summary>
/// The HTTP layer every resource client shares: versioned paths, JSON bodies through the source-generated
/// context, and every failure turned into a typed engine error naming the endpoint.
/// </summary>
internal sealed class EngineHttp : IDisposable
{
    private readonly HttpClient _client;
    private string _versionPrefix = string.Empty;

    public EngineHttp(DockerEndpoint endpoint, EngineClientOptions options)
    {
        Endpoint = endpoint;
        Options = options;
        _client = new HttpClient(EngineTransport.CreateHandler(endpoint, options), disposeHandler: true)
        {
            BaseAddress = EngineTransport.BaseAddress(endpoint),
            // Streams (logs, events, pull) may run for hours; per-call deadlines come from tokens.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Containers", typeof(EngineHttp).Assembly.GetName().Version?.ToString(3)));
    }

    public DockerEndpoint Endpoint { get; }

    /// <summary>The options the client was made with (connect timeout for dedicated connections).</summary>
    public EngineClientOptions Options { get; }

    /// <summary>The path as sent on the wire for a versioned call: <c>/v1.47/containers/json</c>.</summary>
    public string VersionedPath(string path) => "/" + _versionPrefix + path;

    public ApiVersion? Version { get; private set; }

    /// <summary>Podman's own version when the engine is Podman (its ping's <c>Libpod-Api-Version</c>); null for Docker.</summary>
    public string? PodmanVersion { get; set; }

    /// <summary>True when the negotiated version is at least major.minor (features gate on it).</summary>
    public bool SupportsApi(int major, int minor) => (Version ?? ApiVersion.Maximum).IsAtLeast(new ApiVersion(major, minor));

    /// <summary>Sets the negotiated version; every later path goes to <c>/v{version}/…</c>.</summary>
    public void UseVersion(ApiVersion version)
    {
        Version = version;
        _versionPrefix = "v" + version + "/";
    }

    /// <summary>Sends an unversioned request (only <c>/_ping</c> is called that way) and returns the raw response.</summary>
    public async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw EngineErrorMapper.FromTransport(Endpoint, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its connect timeout as a cancellation the caller did not ask for.
            throw new EngineUnreachableException(Endpoint, UnreachableReason.Timeout, e);
        }
    }

    public async Task<T> GetJsonAsync<T>(string path, Query? query, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await SendAsync(HttpMethod.Get, path, query, content: null, cancellationToken).ConfigureAwait(false);
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            try
            {
                T? value = await System.Text.Json.JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false);
                return value ?? throw new EngineApiException((int)response.StatusCode, $"The engine returned an empty answer for {path}.");
            }
            catch (IOException e)
            {
                throw EngineErrorMapper.FromTransport(Endpoint, e);
            }
        }
    }

    /// <summary>Sends a versioned request; an error status becomes the matching engine exception.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Query? query, HttpContent? content, CancellationToken cancellationToken) =>
        SendAsync(method, path, query, content, headers: null, cancellationToken);

    /// <summary>As above, with extra request headers (X-Registry-Auth of pull and push, X-Registry-Config of build).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Query? query, HttpContent? content,
        IEnumerable<KeyValuePair<string, string>>? headers, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, _versionPrefix + path + query) { Content = content };
        foreach ((string name, string value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        HttpResponseMessage response;
        using (request)
        {
            response = await SendRawAsync(request, cancellationToken).ConfigureAwait(false);
        }
        // 304 Not Modified: start/stop of a container already in that state, which callers treat as done.
        if (response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.NotModified)
        {
            return response;
        }
        using (response)
        {
            throw PodmanVersion is null
                ? await EngineErrorMapper.FromResponseAsync(response, cancellationToken).ConfigureAwait(false)
                : await EngineErrorMapper.FromResponseAsync(response, $"{method.Method} /{path}", PodmanVersion, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _client.Dispose();
}

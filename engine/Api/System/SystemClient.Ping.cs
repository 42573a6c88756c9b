using System.Diagnostics;
using Containers.Engine.Connection;
using Containers.Engine.Errors;

namespace Containers.Engine.Api;

public sealed partial class SystemClient
{
    /// <summary>Pings the daemon (<c>GET /_ping</c>) and reports its headers and the round-trip time.</summary>
    /// <exception cref="EngineUnreachableException">Nothing answered, or not within <paramref name="timeout"/>.</exception>
    public Task<PingResult> PingAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        PingAsync(_http, timeout, cancellationToken);

    internal static async Task<PingResult> PingAsync(EngineHttp http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        long started = Stopwatch.GetTimestamp();
        try
        {
            // Unversioned on purpose: the ping is how we learn which version to use.
            using var request = new HttpRequestMessage(HttpMethod.Get, "_ping");
            using HttpResponseMessage response = await http.SendRawAsync(request, deadline.Token).ConfigureAwait(false);
            // Drain the tiny "OK" body so the pooled connection can be reused.
            _ = await response.Content.ReadAsByteArrayAsync(deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode && (int)response.StatusCode != 500)
            {
                // A 500 still carries the version headers (the daemon is up but unhealthy); anything else
                // means we did not reach a Docker engine at all.
                throw new EngineUnreachableException(http.Endpoint, UnreachableReason.Other,
                    new HttpRequestException($"/_ping answered {(int)response.StatusCode} {response.ReasonPhrase}; is this a Docker engine?"));
            }
            return new PingResult
            {
                ServerApiVersion = ApiVersion.TryParse(Header(response, "Api-Version"), out ApiVersion v) ? v : null,
                OsType = Header(response, "Ostype"),
                LibpodApiVersion = Header(response, "Libpod-Api-Version"),
                BuilderVersion = Header(response, "Builder-Version"),
                Swarm = Header(response, "Swarm"),
                Experimental = string.Equals(Header(response, "Docker-Experimental"), "true", StringComparison.OrdinalIgnoreCase),
                Latency = Stopwatch.GetElapsedTime(started),
            };
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EngineUnreachableException(http.Endpoint, UnreachableReason.Timeout, e);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;
}

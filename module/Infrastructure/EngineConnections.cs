using Containers.Engine.Api;
using Containers.Engine.Connection;

namespace Containers.Infrastructure;

/// <summary>
/// One connected <see cref="EngineClient"/> per endpoint for the whole pwsh process, so the ping and the
/// version negotiation happen once and later cmdlets reuse pooled connections (a warm call is ~0.3 ms).
/// A failed connect is not cached: the next cmdlet tries again.
/// </summary>
internal static class EngineConnections
{
    // Keyed by the whole endpoint, TLS material included: two contexts with the same URL but different CAs or client
    // certificates must never share a connection (a wrong CA would otherwise ride on a verified one).
    private static readonly Dictionary<DockerEndpoint, Task<EngineClient>> s_clients = [];
    private static readonly object s_lock = new();

    public static async Task<EngineClient> GetAsync(DockerEndpoint endpoint, CancellationToken cancellationToken)
    {
        Task<EngineClient> connecting;
        lock (s_lock)
        {
            if (!s_clients.TryGetValue(endpoint, out connecting!) || connecting.IsFaulted || connecting.IsCanceled)
            {
                // Not tied to the caller's token: a Ctrl+C in one cmdlet must not poison the shared connection.
                connecting = EngineClient.ConnectAsync(endpoint, EngineClientOptions.FromEnvironment(), CancellationToken.None);
                s_clients[endpoint] = connecting;
            }
        }
        try
        {
            return await connecting.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            lock (s_lock)
            {
                if (s_clients.TryGetValue(endpoint, out Task<EngineClient>? current) && current == connecting)
                {
                    s_clients.Remove(endpoint);
                }
            }
            throw;
        }
    }
}

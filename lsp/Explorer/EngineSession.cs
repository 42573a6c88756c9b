using Containers.Engine.Api;
using Containers.Engine.Connection;

namespace Containers.LanguageServer.Explorer;

/// <summary>
/// The one engine connection the explorer requests share. It resolves the endpoint as the docker CLI does
/// (DOCKER_HOST, DOCKER_CONTEXT, config.json's currentContext), connects on first use, and forgets the
/// connection when the engine stops answering, so the next request (or the event watcher) tries again:
/// an engine started after the editor is picked up without restarting the server.
/// </summary>
public sealed class EngineSession : IDisposable
{
    // Short: an explorer waiting 15 s (the cmdlets' default) for a dead socket looks hung.
    private static readonly TimeSpan s_pingTimeout = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Func<string, string?> _environment;
    private EngineClient? _client;
    private string? _contextOverride;

    public EngineSession(Func<string, string?>? getEnvironmentVariable = null) =>
        _environment = getEnvironmentVariable ?? Environment.GetEnvironmentVariable;

    /// <summary>Raised (on a pool thread) when the connection is dropped or replaced, so the watcher reconnects.</summary>
    public event EventHandler? Reset;

    /// <summary>The context chosen with <see cref="UseContext"/>; null: what the docker CLI would use.</summary>
    public string? ContextOverride => Volatile.Read(ref _contextOverride);

    /// <summary>The endpoint and context the next connection goes to.</summary>
    /// <exception cref="ArgumentException">The context does not exist.</exception>
    /// <exception cref="InvalidDataException">config.json or a context is unreadable.</exception>
    public ResolvedEndpoint Resolve() => EndpointResolver.Resolve(ContextOverride, null, _environment);

    /// <summary>The connected client, connecting first if needed.</summary>
    /// <exception cref="Engine.Errors.EngineUnreachableException">Nothing answers at the endpoint.</exception>
    public async Task<EngineClient> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _client) is { } existing)
        {
            return existing;
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_client is { } connected)
            {
                return connected;
            }
            ResolvedEndpoint resolved = Resolve();
            EngineClientOptions options = EngineClientOptions.FromEnvironment(_environment) with { PingTimeout = s_pingTimeout };
            EngineClient client = await EngineClient.ConnectAsync(resolved.Endpoint, options, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _client, client);
            return client;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="failed"/> if it is still the current connection.</summary>
    public void Invalidate(EngineClient failed)
    {
        // Not disposed here: requests still running on it finish (and fail) on their own.
        if (Interlocked.CompareExchange(ref _client, null, failed) == failed)
        {
            Reset?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>Uses <paramref name="context"/> from now on (null or empty: the docker CLI's choice).</summary>
    /// <exception cref="ArgumentException">The context does not exist.</exception>
    public void UseContext(string? context)
    {
        string? name = string.IsNullOrWhiteSpace(context) ? null : context;
        // Resolve first: an unknown name fails here and leaves the current connection alone.
        EndpointResolver.Resolve(name, null, _environment);
        Volatile.Write(ref _contextOverride, name);
        Interlocked.Exchange(ref _client, null);
        Reset?.Invoke(this, EventArgs.Empty);
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _client, null)?.Dispose();
        _gate.Dispose();
    }
}

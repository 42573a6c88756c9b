using System.Diagnostics.CodeAnalysis;
using Containers.LanguageServer.Handlers;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;
using StreamJsonRpc;

namespace Containers.LanguageServer.Explorer;

/// <summary>Adds the explorer's requests to the connection; disposing stops the event watcher and closes the engine connection.</summary>
public sealed class ExplorerRegistration : IAsyncDisposable
{
    private readonly EngineSession _session;
    private readonly EngineChangeWatcher _watcher;

    private ExplorerRegistration(EngineSession session, EngineChangeWatcher watcher)
    {
        _session = session;
        _watcher = watcher;
    }

    // Every type the notifications serialize is in ContainersJsonContext (reflection-based serialization is off).
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "ChangedParams and BuildProgressParams are in ContainersJsonContext.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "ChangedParams and BuildProgressParams are in ContainersJsonContext.")]
    public static ExplorerRegistration Register(JsonRpc rpc, LifecycleHandler lifecycle, ServerLog log)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        var session = new EngineSession();
        var watcher = new EngineChangeWatcher(session, change => rpc.NotifyWithParameterObjectAsync(ContainersRequests.Changed, change), log);
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromShape<IContainersExplorer>(), new ContainersExplorer(session, watcher, lifecycle, progress => rpc.NotifyWithParameterObjectAsync(ContainersRequests.BuildProgress, progress)), null);
        return new ExplorerRegistration(session, watcher);
    }

    public async ValueTask DisposeAsync()
    {
        await _watcher.DisposeAsync().ConfigureAwait(false);
        _session.Dispose();
    }
}

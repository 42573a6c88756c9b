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
    private readonly ContextStoreWatcher _contexts;

    private ExplorerRegistration(EngineSession session, EngineChangeWatcher watcher, ContextStoreWatcher contexts)
    {
        _session = session;
        _watcher = watcher;
        _contexts = contexts;
    }

    // contract: the methods of IContainersExplorer, read ahead by RpcContracts (off the start-up's critical path).
    // Every type the notifications serialize is in ContainersJsonContext (reflection-based serialization is off).
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every notification's params type is in ContainersJsonContext.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every notification's params type is in ContainersJsonContext.")]
    internal static ExplorerRegistration Register(JsonRpc rpc, RpcContract contract, LifecycleHandler lifecycle, ServerSettings settings, ServerLog log)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        var session = new EngineSession();
        var watcher = new EngineChangeWatcher(session, change => rpc.NotifyWithParameterObjectAsync(ContainersRequests.Changed, change), log);
        var contexts = new ContextStoreWatcher(session, change => rpc.NotifyWithParameterObjectAsync(ContainersRequests.Changed, change), log);
        var explorer = new ContainersExplorer(session, watcher, lifecycle, settings, (method, parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters)) { ContextWatcher = contexts };
        contract.AddTo(rpc, explorer);
        return new ExplorerRegistration(session, watcher, contexts);
    }

    public async ValueTask DisposeAsync()
    {
        _contexts.Dispose();
        await _watcher.DisposeAsync().ConfigureAwait(false);
        _session.Dispose();
    }
}

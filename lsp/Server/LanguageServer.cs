using System.Text.Json;
using Containers.LanguageServer.Handlers;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>The RPC target: routes each method of <see cref="ILanguageServer"/> to its handler.</summary>
public sealed class LanguageServer : ILanguageServer
{
    private readonly LifecycleHandler _lifecycle;
    private readonly TextDocumentSyncHandler _sync;

    public LanguageServer(LifecycleHandler lifecycle, TextDocumentSyncHandler sync)
    {
        _lifecycle = lifecycle;
        _sync = sync;
    }

    public Task<InitializeResult> InitializeAsync(InitializeParams parameters, CancellationToken cancellationToken) =>
        Task.FromResult(_lifecycle.Initialize(parameters));

    public Task InitializedAsync(JsonElement parameters) => Task.CompletedTask;

    public Task ShutdownAsync(CancellationToken cancellationToken)
    {
        _lifecycle.Shutdown();
        return Task.CompletedTask;
    }

    public Task ExitAsync()
    {
        _lifecycle.Exit();
        return Task.CompletedTask;
    }

    public Task DidOpenAsync(DidOpenTextDocumentParams parameters)
    {
        _sync.DidOpen(parameters);
        return Task.CompletedTask;
    }

    public Task DidChangeAsync(DidChangeTextDocumentParams parameters)
    {
        _sync.DidChange(parameters);
        return Task.CompletedTask;
    }

    public Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        _sync.DidClose(parameters);
        return Task.CompletedTask;
    }
}

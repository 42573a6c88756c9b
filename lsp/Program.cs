using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Containers.LanguageServer.Explorer;
using Containers.LanguageServer.Handlers;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;
using StreamJsonRpc;

namespace Containers.LanguageServer;

/// <summary>Startup: LSP over stdin/stdout; stdout carries protocol messages only, logs go to stderr.</summary>
public static class Program
{
    // The formatter and the untyped notify are flagged for trimming because they could reflect over
    // arbitrary types; here every type they see is in LspJsonContext (reflection-based serialization is
    // off), and the NativeAOT binary is driven end to end by tests/LanguageServer.Tests.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "All serialized types are in LspJsonContext.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "All serialized types are in LspJsonContext.")]
    public static async Task<int> Main(string[] args)
    {
        ServerTimings.Mark("main");
        var options = ServerOptions.Parse(args, out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"Containers.LanguageServer: {error}").ConfigureAwait(false);
            return 2;
        }

        if (options.ShowVersion)
        {
            Console.WriteLine(LifecycleHandler.ServerVersion);
            return 0;
        }

        // The first message, initialize, is answered on a thread of its own, started first, while the connection is
        // built below; StreamJsonRpc then reads what that thread did not use (InitializeHandshake). The targets' methods
        // (read through reflection, the largest piece of the connection's set-up) are read on a pool thread meanwhile.
        var initialize = new TaskCompletionSource<Action<InitializeParams>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var input = new ReplayingStream(Console.OpenStandardInput());
        var output = Console.OpenStandardOutput();
        var handshake = InitializeHandshake.Start(input.Inner, output, initialize.Task);
        var contracts = Task.Run(RpcContracts.Read);

        // The start-up log line waits until initialize can be handled: the handshake may be waiting for that.
        using var log = new ServerLog(options.LogLevel, options.LogFile, Console.Error);
        var settings = new ServerSettings();
        var lifecycle = new LifecycleHandler(log);
        initialize.SetResult(parameters => Server.LanguageServer.Initialize(lifecycle, settings, parameters));
        log.Info($"Containers Language Server {LifecycleHandler.ServerVersion} (pid {Environment.ProcessId})");

        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJsonContext.CreateOptions() };
        var handler = new TolerantMessageHandler(output, input, formatter, log);
        using var rpc = new LspJsonRpc(handler, log);
        rpc.TraceSource.Switch.Level = log.IsEnabled(Server.LogLevel.Debug) ? SourceLevels.Warning : SourceLevels.Error;
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new ConsoleTraceListener(useErrorStream: true));

        // Handlers run one at a time in arrival order (incremental edits must apply in order); each hands heavy work to the pool.
        rpc.SynchronizationContext = new OrderedSynchronizationContext(log);
        var documents = new DocumentStore();
        var publisher = new DiagnosticsPublisher(
            documents,
            settings,
            p => rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", p),
            () => rpc.InvokeWithParameterObjectAsync("workspace/diagnostic/refresh"),
            () => lifecycle.ClientCapabilities,
            log);
        using var images = new LocalImages(log);
        var dockerIgnoreWatch = new DockerIgnoreWatch(publisher, p => rpc.InvokeWithParameterObjectAsync("client/registerCapability", p), log);
        var server = new Server.LanguageServer(lifecycle, documents, settings, publisher, dockerIgnoreWatch, images, log);
        var contract = await contracts.ConfigureAwait(false);
        contract.LanguageServer.AddTo(rpc, server);
        await using var explorer = ExplorerRegistration.Register(rpc, contract.Explorer, lifecycle, settings, log).ConfigureAwait(false);

        using var stop = new CancellationTokenSource();
        var publishing = publisher.RunAsync(stop.Token);
        input.Replay(await handshake.ConfigureAwait(false));
        rpc.StartListening();

        // The initialize answer is on its way and messages are read on the pool: this thread is free until exit.
        GcHeapHugePages.Advise(log);

        var ended = await Task.WhenAny(lifecycle.ExitRequested, rpc.Completion).ConfigureAwait(false);
        int exitCode;
        if (ended == lifecycle.ExitRequested)
        {
            exitCode = await lifecycle.ExitRequested.ConfigureAwait(false);
        }
        else
        {
            // The client closed the stream: a clean end only if it had asked for shutdown.
            exitCode = lifecycle.State == ServerState.ShutDown ? 0 : 1;
            try
            {
                await rpc.Completion.ConfigureAwait(false);
            }
            catch (Exception e)
            {
                log.Error($"connection failed: {e.Message}");
            }

            log.Info($"input closed ({exitCode})");
        }

        publisher.Complete();
        await stop.CancelAsync().ConfigureAwait(false);
        await publishing.ConfigureAwait(false);
        return exitCode;
    }
}

using Containers.LanguageServer.Explorer;
using StreamJsonRpc;

namespace Containers.LanguageServer.Server;

/// <summary>
/// StreamJsonRpc's metadata for the two RPC targets. Building it reads every method's attributes through NativeAOT
/// reflection, the largest single cost of <c>Main</c> (about 3.5 ms CPU for ~50 methods): <see cref="StartBuilding"/>
/// does it on a pool thread while Main sets up the log, the formatter and the connection, which do not need it
/// (issue #10, bench/lsp/README.md "Start-up").
/// </summary>
internal sealed record RpcContracts(RpcTargetMetadata LanguageServer, RpcTargetMetadata Explorer)
{
    public static Task<RpcContracts> StartBuilding() => Task.Run(() => new RpcContracts(
        RpcTargetMetadata.FromShape<ILanguageServer>(),
        RpcTargetMetadata.FromShape<IContainersExplorer>()));
}

using System.Text.Json;
using Containers.LanguageServer.Protocol;
using PolyType;
using StreamJsonRpc;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Every LSP method this server handles, in one place. The PolyType shape lets StreamJsonRpc dispatch
/// without reflection (NativeAOT). LSP sends one params object, hence single-object deserialization.
/// </summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ILanguageServer
{
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    Task<InitializeResult> InitializeAsync(InitializeParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    Task InitializedAsync(JsonElement parameters);

    [JsonRpcMethod("shutdown")]
    Task ShutdownAsync(CancellationToken cancellationToken);

    [JsonRpcMethod("exit")]
    Task ExitAsync();

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    Task DidOpenAsync(DidOpenTextDocumentParams parameters);

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    Task DidChangeAsync(DidChangeTextDocumentParams parameters);

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    Task DidCloseAsync(DidCloseTextDocumentParams parameters);

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    Task DidChangeConfigurationAsync(DidChangeConfigurationParams parameters);

    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    Task<DocumentDiagnosticReport> DiagnosticAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken);
}

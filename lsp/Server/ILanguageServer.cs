using System.Text.Json;
using Containers.LanguageServer.Protocol;
using PolyType;
using StreamJsonRpc;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Every LSP method this server handles, in one place; <see cref="RpcContract"/> registers each under its
/// <see cref="JsonRpcMethodAttribute"/>. LSP sends one params object, hence single-object deserialization.
/// </summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface ILanguageServer
{
    // The result is an InitializeResult, serialized ahead (InitializeAnswer).
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    Task<JsonElement> InitializeAsync(InitializeParams parameters, CancellationToken cancellationToken);

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

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    Task DidChangeWatchedFilesAsync(DidChangeWatchedFilesParams parameters);

    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    Task<DocumentDiagnosticReport> DiagnosticAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    Task<JsonElement> DocumentSymbolAsync(DocumentParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    Task<SymbolInformation[]> WorkspaceSymbolAsync(WorkspaceSymbolParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    Task<FoldingRange[]> FoldingRangeAsync(DocumentParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    Task<Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    Task<CompletionList> CompletionAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("completionItem/resolve", UseSingleObjectParameterDeserialization = true)]
    Task<CompletionItem> ResolveCompletionItemAsync(CompletionItem parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    Task<SemanticTokensResult> SemanticTokensFullAsync(SemanticTokensParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/full/delta", UseSingleObjectParameterDeserialization = true)]
    Task<SemanticTokensResult> SemanticTokensDeltaAsync(SemanticTokensParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/range", UseSingleObjectParameterDeserialization = true)]
    Task<SemanticTokensResult> SemanticTokensRangeAsync(SemanticTokensParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/documentLink", UseSingleObjectParameterDeserialization = true)]
    Task<DocumentLink[]> DocumentLinkAsync(DocumentParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    Task<InlayHint[]> InlayHintAsync(InlayHintParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    Task<Location[]> DefinitionAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    Task<Location[]> ReferencesAsync(ReferenceParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/documentHighlight", UseSingleObjectParameterDeserialization = true)]
    Task<DocumentHighlight[]> DocumentHighlightAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    Task<WorkspaceEdit?> RenameAsync(RenameParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    Task<CodeAction[]> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/signatureHelp", UseSingleObjectParameterDeserialization = true)]
    Task<SignatureHelp?> SignatureHelpAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/codeLens", UseSingleObjectParameterDeserialization = true)]
    Task<CodeLens[]> CodeLensAsync(DocumentParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    Task<TextEdit[]> FormattingAsync(FormattingParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/rangeFormatting", UseSingleObjectParameterDeserialization = true)]
    Task<TextEdit[]> RangeFormattingAsync(FormattingParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod("textDocument/onTypeFormatting", UseSingleObjectParameterDeserialization = true)]
    Task<TextEdit[]> OnTypeFormattingAsync(FormattingParams parameters, CancellationToken cancellationToken);
}

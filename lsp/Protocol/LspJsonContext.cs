using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Containers.LanguageServer.Protocol;

/// <summary>
/// Source-generated JSON metadata for every protocol type (but <see cref="InitializeResult"/>, see <see cref="InitializeResultJsonContext"/>): the server runs under NativeAOT with
/// reflection-based serialization off. <see cref="CommonErrorData"/> must be here, or a handler that throws
/// kills the connection instead of answering with an error (dotnet-recipes.md §6). <see cref="RequestId"/> must be
/// here too: StreamJsonRpc reads the id of <c>$/cancelRequest</c> as one, and without its metadata every cancel was
/// dropped with a warning ("arguments do not match any registered target methods") and the request ran on.
/// </summary>
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(RegistrationParams))]
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(DocumentDiagnosticReport))]
[JsonSerializable(typeof(DocumentParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(InlayHintParams))]
[JsonSerializable(typeof(WorkspaceSymbolParams))]
[JsonSerializable(typeof(SemanticTokensParams))]
[JsonSerializable(typeof(DocumentSymbol[]))]
[JsonSerializable(typeof(SymbolInformation[]))]
[JsonSerializable(typeof(FoldingRange[]))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(CompletionItem))]
[JsonSerializable(typeof(SemanticTokensResult))]
[JsonSerializable(typeof(DocumentLink[]))]
[JsonSerializable(typeof(InlayHint[]))]
[JsonSerializable(typeof(Location[]))]
[JsonSerializable(typeof(DocumentHighlight[]))]
[JsonSerializable(typeof(PrepareRenameResult))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(FormattingParams))]
[JsonSerializable(typeof(TextEdit[]))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(SignatureHelp))]
[JsonSerializable(typeof(CodeLens[]))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(CommonErrorData))]
[JsonSerializable(typeof(RequestId))]
internal sealed partial class LspJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The options the formatter uses. The naming policy must be set here: a context's own
    /// JsonSourceGenerationOptions are not applied when it only serves as the resolver.
    /// </summary>
    /// <summary>One instance of <see cref="CreateOptions"/>, for the few results serialized ahead of time.</summary>
    /// <remarks>Lazy: a static initializer here could run before the generated <c>Default</c> exists.</remarks>
    public static JsonSerializerOptions Wire => LazyInitializer.EnsureInitialized(ref s_wire, CreateOptions);

    private static JsonSerializerOptions? s_wire;

    public static JsonSerializerOptions CreateOptions() => new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(Default, ContainersJsonContext.Default),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

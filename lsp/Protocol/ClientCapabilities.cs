using System.Text.Json;

namespace Containers.LanguageServer.Protocol;

/// <summary>
/// The parts of the client's <c>ClientCapabilities</c> the server acts on, read once at initialize
/// (STYLE.md lsp/ "Capabilities are read once"). Anything absent means the spec's default.
/// </summary>
public sealed class ClientCapabilities
{
    public static readonly ClientCapabilities None = new(null);

    public ClientCapabilities(JsonElement? capabilities)
    {
        var root = capabilities ?? default;
        SnippetSupport = Bool(root, "textDocument", "completion", "completionItem", "snippetSupport");
        HierarchicalDocumentSymbols = Bool(root, "textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport");
        MarkdownHover = Strings(root, "textDocument", "hover", "contentFormat") is not { } formats || formats.Contains("markdown");
        MarkdownCompletion = Strings(root, "textDocument", "completion", "completionItem", "documentationFormat") is not { } docFormats || docFormats.Contains("markdown");
        LineFoldingOnly = Bool(root, "textDocument", "foldingRange", "lineFoldingOnly");
        WorkspaceConfiguration = Bool(root, "workspace", "configuration");
        PullDiagnostics = Walk(root, ["textDocument", "diagnostic"]) is { ValueKind: JsonValueKind.Object };
        DiagnosticRefresh = Bool(root, "workspace", "diagnostics", "refreshSupport");
        FileWatchRegistration = Bool(root, "workspace", "didChangeWatchedFiles", "dynamicRegistration");
    }

    /// <summary>
    /// The client pulls diagnostics (<c>textDocument/diagnostic</c>). It then keeps pulled results in a collection of
    /// their own, so pushing as well would show every problem twice: such a client is only answered, never pushed to.
    /// </summary>
    public bool PullDiagnostics { get; }

    /// <summary>The client re-pulls when the server sends <c>workspace/diagnostic/refresh</c> (after a settings change).</summary>
    public bool DiagnosticRefresh { get; }

    /// <summary>The client watches files the server names at run time (<c>client/registerCapability</c> for <c>workspace/didChangeWatchedFiles</c>).</summary>
    public bool FileWatchRegistration { get; }

    /// <summary>Completion items may be snippets.</summary>
    public bool SnippetSupport { get; }

    /// <summary><c>textDocument/documentSymbol</c> may answer <c>DocumentSymbol[]</c> (else flat <c>SymbolInformation[]</c>).</summary>
    public bool HierarchicalDocumentSymbols { get; }

    /// <summary>Hover contents may be markdown (true when the client does not say).</summary>
    public bool MarkdownHover { get; }

    /// <summary>Completion documentation may be markdown (true when the client does not say).</summary>
    public bool MarkdownCompletion { get; }

    /// <summary>Folding ranges are whole lines only.</summary>
    public bool LineFoldingOnly { get; }

    /// <summary>The client answers <c>workspace/configuration</c>.</summary>
    public bool WorkspaceConfiguration { get; }

    private static JsonElement? Walk(JsonElement element, string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    private static bool Bool(JsonElement root, params string[] path) => Walk(root, path) is { ValueKind: JsonValueKind.True };

    private static HashSet<string>? Strings(JsonElement root, params string[] path) =>
        Walk(root, path) is { ValueKind: JsonValueKind.Array } array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : null;
}

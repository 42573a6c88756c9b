using Containers.Engine.Dockerfile.Editor;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/documentSymbol</c> (stages holding their instructions; flat for clients without hierarchy
/// support) and <c>workspace/symbol</c> (the stages and variables of every open Dockerfile).
/// </summary>
public sealed class SymbolHandler
{
    // LSP SymbolKind numbers.
    private const int Module = 2;
    private const int Property = 7;
    private const int Function = 12;
    private const int Variable = 13;
    private const int Deprecated = 1;

    public static object DocumentSymbols(OpenDocument? document, bool hierarchical, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return Array.Empty<DocumentSymbol>();
        }

        var outline = DockerfileOutline.Get(document.Snapshot, cancellationToken);
        if (hierarchical)
        {
            return outline.Select(ToDocumentSymbol).ToArray();
        }

        var flat = new List<SymbolInformation>();
        Flatten(document.Uri, outline, null, flat);
        return flat.ToArray();
    }

    public static SymbolInformation[] WorkspaceSymbols(IEnumerable<OpenDocument> documents, string? query, CancellationToken cancellationToken)
    {
        var result = new List<SymbolInformation>();
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var all = new List<SymbolInformation>();
            Flatten(document.Uri, DockerfileOutline.Get(document.Snapshot, cancellationToken), null, all);
            result.AddRange(all.Where(s => s.Kind is Module or Variable
                && (string.IsNullOrEmpty(query) || s.Name.Contains(query, StringComparison.OrdinalIgnoreCase))));
        }

        return [.. result];
    }

    private static DocumentSymbol ToDocumentSymbol(EditorSymbol symbol) => new(
        symbol.Name,
        symbol.Detail,
        Kind(symbol.Kind),
        symbol.Range.ToLsp(),
        symbol.SelectionRange.ToLsp(),
        symbol.Children.Count == 0 ? null : symbol.Children.Select(ToDocumentSymbol).ToArray(),
        symbol.IsDeprecated ? [Deprecated] : null);

    private static void Flatten(string uri, IReadOnlyList<EditorSymbol> symbols, string? container, List<SymbolInformation> into)
    {
        foreach (var symbol in symbols)
        {
            into.Add(new SymbolInformation(symbol.Name, Kind(symbol.Kind), new Location(uri, symbol.Range.ToLsp()), container, symbol.IsDeprecated ? [Deprecated] : null));
            Flatten(uri, symbol.Children, symbol.Name, into);
        }
    }

    private static int Kind(EditorSymbolKind kind) => kind switch
    {
        EditorSymbolKind.Stage => Module,
        EditorSymbolKind.Directive => Property,
        EditorSymbolKind.Variable => Variable,
        _ => Function,
    };
}

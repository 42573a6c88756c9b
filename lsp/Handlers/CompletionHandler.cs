using Containers.Engine.Dockerfile.Editor;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary><c>textDocument/completion</c> and <c>completionItem/resolve</c> (documentation is filled in on resolve).</summary>
public static class CompletionHandler
{
    /// <summary>Characters after which clients ask again: flag values, mount options, variables, flags.</summary>
    public static readonly string[] TriggerCharacters = ["=", ",", "$", "{", "-", " "];

    // LSP CompletionItemKind numbers.
    private static int Kind(CompletionCandidateKind kind) => kind switch
    {
        CompletionCandidateKind.Keyword => 14,
        CompletionCandidateKind.Flag => 5,
        CompletionCandidateKind.Value => 12,
        CompletionCandidateKind.Variable => 6,
        CompletionCandidateKind.Stage => 9,
        CompletionCandidateKind.Image => 18,
        _ => 15,
    };

    /// <summary>The proposals at <paramref name="position"/>; on a FROM image, the local engine's images too (asked only there).</summary>
    public static async Task<CompletionList> CompleteAsync(OpenDocument? document, LspPosition position, ClientCapabilities client, LocalImages images, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return new CompletionList(false, []);
        }

        var at = position.ToEngine();
        IReadOnlyList<CompletionCandidate> candidates = DockerfileCompletion.Get(document.Snapshot, at, client.SnippetSupport);
        if (DockerfileBaseImages.ImageWordAt(document.Snapshot, at) is not null)
        {
            var local = await images.TagsAsync(cancellationToken).ConfigureAwait(false);
            candidates = [.. candidates, .. DockerfileBaseImages.Complete(document.Snapshot, at, [.. local])];
        }

        var items = candidates.Select((c, i) => new CompletionItem
        {
            Label = c.Label,
            Kind = Kind(c.Kind),
            Detail = c.Detail,
            Tags = c.IsDeprecated ? [1] : null,
            SortText = i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            InsertTextFormat = c.IsSnippet ? 2 : 1,
            TextEdit = new TextEdit(c.ReplaceRange.ToLsp(), c.InsertText),
            Data = c.DocumentationKey,
        }).ToArray();
        return new CompletionList(false, items);
    }

    public static CompletionItem Resolve(CompletionItem item, ClientCapabilities client) =>
        item.Data is { } key && InstructionDocs.Lookup(key) is { } doc
            ? item with { Documentation = new MarkupContent(client.MarkdownCompletion ? "markdown" : "plaintext", doc) }
            : item;
}

using Containers.Engine.Dockerfile.Editor;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary>Folding ranges, hover, document links and inlay hints: one engine call each, mapped to the protocol.</summary>
public static class FeatureHandlers
{
    public static FoldingRange[] Folding(OpenDocument? document, ClientCapabilities client, CancellationToken cancellationToken) =>
        document is null
            ? []
            : [.. DockerfileFolding.Get(document.Snapshot, cancellationToken).Select(r => new FoldingRange(
                r.StartLine,
                // Line-folding clients hide EndLine itself; keep the terminator of a block visible there.
                r.EndLine,
                r.Kind == FoldingRegionKind.Comment ? "comment" : "region"))];

    public static Hover? Hover(OpenDocument? document, LspPosition position, ClientCapabilities client)
    {
        if (document is null || DockerfileHover.Get(document.Snapshot, position.ToEngine()) is not { } hover)
        {
            return null;
        }

        return new Hover(new MarkupContent(client.MarkdownHover ? "markdown" : "plaintext", hover.Markdown), hover.Range.ToLsp());
    }

    /// <summary>On a FROM image the engine has, what it knows (size, date, layers); otherwise the engine's Dockerfile hover.</summary>
    public static async Task<Hover?> HoverAsync(OpenDocument? document, LspPosition position, ClientCapabilities client, LocalImages images, CancellationToken cancellationToken)
    {
        if (document is not null && DockerfileBaseImages.At(document.Snapshot, position.ToEngine()) is { } image
            && await images.FactsAsync(image.Reference, cancellationToken).ConfigureAwait(false) is { } facts)
        {
            var text = DockerfileBaseImages.HoverText(facts);
            return new Hover(new MarkupContent(client.MarkdownHover ? "markdown" : "plaintext", text), image.Range.ToLsp());
        }

        return Hover(document, position, client);
    }

    public static DocumentLink[] Links(OpenDocument? document) =>
        document is null
            ? []
            : [.. DockerfileLinks.Get(document.Snapshot).Select(l => new DocumentLink(l.Range.ToLsp(), l.Target.AbsoluteUri, null))];

    public static InlayHint[] InlayHints(OpenDocument? document, LspRange range, CancellationToken cancellationToken) =>
        document is null
            ? []
            : [.. DockerfileInlayHints.Get(document.Snapshot, range.ToEngine(), cancellationToken)
                .Select(h => new InlayHint(h.Position.ToLsp(), h.Label, h.Tooltip, PaddingLeft: true))];
}

using System.Collections.Concurrent;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>
/// The open documents, one <see cref="OpenDocument"/> per URI, replaced on every change. Notifications are
/// dispatched in arrival order (<see cref="OrderedSynchronizationContext"/>), so incremental edits apply
/// to the text they were made against; readers on other threads always see a whole version.
/// </summary>
public sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    public OpenDocument? Get(string uri) => _documents.TryGetValue(uri, out var document) ? document : null;

    /// <summary>All open documents (a moment's view).</summary>
    public IReadOnlyCollection<OpenDocument> All => [.. _documents.Values];

    public OpenDocument Open(string uri, int version, string text) => _documents[uri] = new OpenDocument(uri, version, text);

    /// <summary>
    /// Applies <paramref name="changes"/> in order (a change without a range replaces the whole text) and
    /// stores the result as <paramref name="version"/>; null when the document is not open.
    /// </summary>
    public OpenDocument? Change(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        if (!_documents.TryGetValue(uri, out var current))
        {
            return null;
        }

        var text = current.Text;
        foreach (var change in changes)
        {
            // A malformed change without text inserts nothing rather than losing the document.
            var newText = change.Text ?? string.Empty;
            text = change.Range is null ? newText : DocumentText.Apply(text, change.Range, newText);
        }

        return _documents[uri] = current.WithText(version, text);
    }

    public bool Remove(string uri) => _documents.TryRemove(uri, out _);

    public int Count => _documents.Count;
}

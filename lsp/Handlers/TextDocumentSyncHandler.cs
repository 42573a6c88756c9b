using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// didOpen / didChange / didClose with incremental sync (UTF-16 ranges; a change without a range replaces
/// the text). A change only updates the text; the parse happens when something needs it, and diagnostics
/// are published once the document has been quiet for a moment. Notifications outside
/// initialize…shutdown are dropped, as the spec says.
/// </summary>
public sealed class TextDocumentSyncHandler
{
    private readonly DocumentStore _documents;
    private readonly DiagnosticsPublisher _publisher;
    private readonly LifecycleHandler _lifecycle;
    private readonly ServerLog _log;

    public TextDocumentSyncHandler(DocumentStore documents, DiagnosticsPublisher publisher, LifecycleHandler lifecycle, ServerLog log)
    {
        _documents = documents;
        _publisher = publisher;
        _lifecycle = lifecycle;
        _log = log;
    }

    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (_lifecycle.State != ServerState.Initialized)
        {
            return;
        }

        ServerTimings.Mark("didOpen-dispatched");
        var document = parameters.TextDocument;
        GcHeapHugePages.PrepareForLargeDocument(document.Text?.Length ?? 0, _log);
        _documents.Open(document.Uri, document.Version, document.Text ?? string.Empty);
        _log.Debug($"opened {document.Uri} v{document.Version}");
        _publisher.Schedule(document.Uri, immediately: true);
    }

    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (_lifecycle.State != ServerState.Initialized || parameters.ContentChanges is null)
        {
            return;
        }

        var document = parameters.TextDocument;
        if (_documents.Change(document.Uri, document.Version, parameters.ContentChanges) is null)
        {
            _log.Error($"didChange for {document.Uri}, which is not open: ignored");
            return;
        }

        ServerTimings.Mark("didChange-applied");
        _publisher.Schedule(document.Uri, immediately: false);
    }

    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (_lifecycle.State != ServerState.Initialized)
        {
            return;
        }

        // Clear what was published for a closed document (it may not exist on disk any more).
        _documents.Remove(parameters.TextDocument.Uri);
        _publisher.Schedule(parameters.TextDocument.Uri, immediately: true);
    }
}

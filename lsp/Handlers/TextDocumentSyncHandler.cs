using Containers.Engine.Dockerfile;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// didOpen / didChange / didClose with full-text sync: each version is parsed once into the store and
/// its diagnostics are pushed. Notifications outside initialize…shutdown are dropped, as the spec says.
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

        var document = parameters.TextDocument;
        _documents.Update(document.Uri, DockerfileSnapshot.Create(document.Text, document.Version));
        _log.Debug($"opened {document.Uri} v{document.Version}");
        _publisher.Schedule(document.Uri);
    }

    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (_lifecycle.State != ServerState.Initialized || parameters.ContentChanges.Count == 0)
        {
            return;
        }

        // Full sync: the last change holds the whole new text.
        var text = parameters.ContentChanges[^1].Text;
        var document = parameters.TextDocument;
        _documents.Update(document.Uri, DockerfileSnapshot.Create(text, document.Version));
        _publisher.Schedule(document.Uri);
    }

    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (_lifecycle.State != ServerState.Initialized)
        {
            return;
        }

        // Clear what was published for a closed document (it may not exist on disk any more).
        _documents.Remove(parameters.TextDocument.Uri);
        _publisher.Schedule(parameters.TextDocument.Uri);
    }
}

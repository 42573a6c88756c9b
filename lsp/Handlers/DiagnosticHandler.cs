using System.Globalization;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/diagnostic</c> (pull diagnostics): the same diagnostics the server pushes. The result id
/// names the document version, the settings generation and the context's .dockerignore rules, so an unchanged document
/// answers "unchanged" until one of them changes.
/// </summary>
public sealed class DiagnosticHandler
{
    private readonly ServerSettings _settings;
    private readonly DockerIgnoreFiles _ignoreFiles;

    public DiagnosticHandler(ServerSettings settings, DockerIgnoreFiles ignoreFiles)
    {
        _settings = settings;
        _ignoreFiles = ignoreFiles;
    }

    public DocumentDiagnosticReport Diagnose(OpenDocument? document, DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return new DocumentDiagnosticReport("full", null, []);
        }

        var dockerIgnore = _ignoreFiles.For(document.Uri);
        var resultId = dockerIgnore is null
            ? string.Create(CultureInfo.InvariantCulture, $"{document.Version}.{_settings.Generation}")
            : string.Create(CultureInfo.InvariantCulture, $"{document.Version}.{_settings.Generation}.{dockerIgnore.GetHashCode():x}");
        return parameters.PreviousResultId == resultId
            ? new DocumentDiagnosticReport("unchanged", resultId, null)
            : new DocumentDiagnosticReport("full", resultId, DiagnosticsPublisher.Diagnostics(document, _settings, dockerIgnore, cancellationToken));
    }
}

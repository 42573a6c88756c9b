using System.Globalization;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/diagnostic</c> (pull diagnostics): the same diagnostics the server pushes. The result id
/// names the document version and the settings generation, so an unchanged document answers "unchanged".
/// </summary>
public sealed class DiagnosticHandler
{
    private readonly ServerSettings _settings;

    public DiagnosticHandler(ServerSettings settings) => _settings = settings;

    public DocumentDiagnosticReport Diagnose(OpenDocument? document, DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return new DocumentDiagnosticReport("full", null, []);
        }

        var resultId = string.Create(CultureInfo.InvariantCulture, $"{document.Version}.{_settings.Generation}");
        return parameters.PreviousResultId == resultId
            ? new DocumentDiagnosticReport("unchanged", resultId, null)
            : new DocumentDiagnosticReport("full", resultId, DiagnosticsPublisher.Diagnostics(document, _settings, cancellationToken));
    }
}

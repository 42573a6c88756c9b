using Containers.Engine.Dockerfile.Formatting;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/formatting</c>, <c>rangeFormatting</c> and <c>onTypeFormatting</c> (after the escape character
/// ends a line) through the engine's formatter, honouring <c>docker.languageserver.formatter.ignoreMultilineInstructions</c>.
/// </summary>
public static class FormattingHandler
{
    /// <summary>On-type triggers: both escape characters (the document's own decides whether anything happens).</summary>
    public static readonly OnTypeFormattingOptions OnType = new("\\", ["`"]);

    public static TextEdit[] Format(OpenDocument? document, FormattingParams parameters, ServerSettings settings)
    {
        if (document is null)
        {
            return [];
        }

        var options = new DockerfileFormattingOptions
        {
            TabSize = parameters.Options?.TabSize > 0 ? parameters.Options.TabSize : 4,
            InsertSpaces = parameters.Options?.InsertSpaces ?? false,
            IgnoreMultilineInstructions = settings.IgnoreMultilineInstructions,
        };
        var syntax = document.Snapshot.Syntax;
        var edits = parameters switch
        {
            { Position: { } position, Ch: { Length: 1 } ch } => DockerfileFormatter.FormatOnType(syntax, position.ToEngine(), ch[0], options),
            { Range: { } range } => DockerfileFormatter.FormatRange(syntax, range.ToEngine(), options),
            _ => DockerfileFormatter.FormatDocument(syntax, options),
        };
        return [.. edits.Select(e => new TextEdit(e.Range.ToLsp(), e.NewText))];
    }
}

using Containers.Engine.Dockerfile.Editor;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary><c>textDocument/signatureHelp</c>: the engine's forms of the instruction at the cursor and its active parameter.</summary>
public static class SignatureHelpHandler
{
    /// <summary>Start on a space (after the keyword or a word), a flag, a value, a JSON bracket or a list comma.</summary>
    public static readonly SignatureHelpOptions Options = new([" ", "-", "=", "[", ","], [" ", "=", ",", ":", "/"]);

    public static SignatureHelp? Get(OpenDocument? document, LspPosition position, ClientCapabilities client)
    {
        if (document is null || DockerfileSignatureHelp.Get(document.Snapshot, position.ToEngine()) is not { } help)
        {
            return null;
        }

        var kind = client.MarkdownHover ? "markdown" : "plaintext";
        return new SignatureHelp(
            [.. help.Signatures.Select(s => new SignatureInformation(
                s.Label,
                s.Documentation is null ? null : new MarkupContent(kind, s.Documentation),
                [.. s.Parameters.Select(p => new ParameterInformation(p.Label, p.Documentation is null ? null : new MarkupContent(kind, p.Documentation)))]))],
            help.ActiveSignature,
            help.ActiveParameter);
    }
}

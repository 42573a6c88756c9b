using System.Text.Json.Nodes;

namespace Containers.LanguageServer.Tests.Client;

/// <summary>Message shapes the tests send, and a started-and-initialized session.</summary>
public static class Lsp
{
    public static object InitializeParams() => new
    {
        processId = Environment.ProcessId,
        clientInfo = new { name = "LanguageServer.Tests", version = "1" },
        capabilities = new
        {
            textDocument = new
            {
                publishDiagnostics = new { versionSupport = true },
                completion = new { completionItem = new { snippetSupport = true, documentationFormat = new[] { "markdown" } } },
                documentSymbol = new { hierarchicalDocumentSymbolSupport = true },
                hover = new { contentFormat = new[] { "markdown" } },
            },
            workspace = new { configuration = false },
        },
    };

    public static object DidOpen(string uri, string text, int version = 1) =>
        new { textDocument = new { uri, languageId = "dockerfile", version, text } };

    public static object DidChange(string uri, string text, int version) =>
        new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } };

    /// <summary>An incremental change: replace line:char-line:char with <paramref name="text"/>.</summary>
    public static object Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text };

    public static object DidChangeIncremental(string uri, int version, params object[] edits) =>
        new { textDocument = new { uri, version }, contentChanges = edits };

    public static object Position(string uri, int line, int character) =>
        new { textDocument = new { uri }, position = new { line, character } };

    public static object Document(string uri) => new { textDocument = new { uri } };

    public static object DidClose(string uri) => new { textDocument = new { uri } };

    /// <summary>Starts the server and completes initialize/initialized.</summary>
    public static async Task<(LspTestClient Client, JsonObject InitializeResult)> StartInitializedAsync(string variant)
    {
        var client = LspTestClient.Start(ServerUnderTest.Executable(variant), "--stdio", "--log-level", "debug");
        var response = await client.RequestAsync("initialize", InitializeParams());
        await client.NotifyAsync("initialized", new { });
        return (client, response["result"]!.AsObject());
    }

    /// <summary>"line:char-line:char" of an LSP range, as the engine tests write ranges.</summary>
    public static string Range(JsonNode? range) =>
        $"{range!["start"]!["line"]}:{range["start"]!["character"]}-{range["end"]!["line"]}:{range["end"]!["character"]}";
}

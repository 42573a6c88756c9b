using System.Text.Json.Nodes;

namespace Containers.LanguageServer.Tests.Client;

/// <summary>Message shapes the tests send, and a started-and-initialized session.</summary>
public static class Lsp
{
    public static object InitializeParams() => new
    {
        processId = Environment.ProcessId,
        clientInfo = new { name = "LanguageServer.Tests", version = "1" },
        capabilities = new { textDocument = new { publishDiagnostics = new { versionSupport = true } } },
    };

    public static object DidOpen(string uri, string text, int version = 1) =>
        new { textDocument = new { uri, languageId = "dockerfile", version, text } };

    public static object DidChange(string uri, string text, int version) =>
        new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } };

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

using System.Text.Json;
using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Server;

/// <summary>
/// The first message is read and answered before the JSON-RPC connection exists (InitializeHandshake, issue #10 cold
/// start); everything else goes to the connection. These pin the seam: nothing sent with or after initialize is lost,
/// and a first message the handshake does not answer gets exactly what the connection answers.
/// </summary>
public sealed class InitializeHandshakeTests
{
    private const string Uri = "file:///workspace/Dockerfile";

    private static string InitializeRequest(object id, object parameters) =>
        JsonSerializer.Serialize(new { jsonrpc = "2.0", id, method = "initialize", @params = parameters });

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task MessagesSentInTheSameWriteAsInitializeAreAllServed(string variant)
    {
        await using var client = LspTestClient.Start(ServerUnderTest.Executable(variant));

        await client.SendRawBurstAsync(
            InitializeRequest("first", Lsp.InitializeParams()),
            JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "initialized", @params = new { } }),
            JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = Lsp.DidOpen(Uri, "FROM a\nBOGUS\n", version: 3) }),
            JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 2, method = "textDocument/documentSymbol", @params = Lsp.Document(Uri) }));
        var initialized = await client.ExpectResponseAsync("first");
        var symbols = await client.ExpectResponseAsync(2);
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (int?)p["version"] == 3);

        Assert.Equal(JsonValueKind.String, initialized["id"]!.GetValueKind());
        Assert.NotNull(initialized["result"]!["capabilities"]!["textDocumentSync"]);
        Assert.Single(symbols["result"]!.AsArray());
        Assert.Contains(published["diagnostics"]!.AsArray(), d => ((string?)d!["message"])!.Contains("BOGUS", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ABurstSentAfterTheConnectionIsBuiltLosesNothing(string variant)
    {
        await using var client = LspTestClient.Start(ServerUnderTest.Executable(variant));

        // By now the connection exists and pumps its input. Had it started reading stdin before the handshake handed
        // the input over, that read would wait there while the rest of the burst sat unread in the handshake's buffer.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await client.SendRawBurstAsync(
            InitializeRequest(1, Lsp.InitializeParams()),
            JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "initialized", @params = new { } }),
            JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 2, method = "textDocument/diagnostic", @params = Lsp.Document(Uri) }));
        var initialized = await client.ExpectResponseAsync(1);
        var diagnostics = await client.ExpectResponseAsync(2);

        Assert.NotNull(initialized["result"]!["capabilities"]);
        Assert.Equal("full", (string?)diagnostics["result"]!["kind"]);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AFirstInitializeWithUnreadableParamsIsAnsweredByTheConnectionAndTheNextOneAsUsual(string variant)
    {
        await using var fast = LspTestClient.Start(ServerUnderTest.Executable(variant));
        await using var client = LspTestClient.Start(ServerUnderTest.Executable(variant));

        var reference = await fast.RequestAsync("initialize", Lsp.InitializeParams());
        await client.SendRawAsync(InitializeRequest(1, new { processId = "not a number", capabilities = new { } }));
        var refused = await client.ExpectResponseAsync(1);
        var answered = await client.RequestAsync("initialize", Lsp.InitializeParams());

        // The connection's deserializer refuses it, as before there was a handshake, so the server still waits for initialize...
        Assert.NotNull(refused["error"]);
        // ...and the connection's answer to the next one is the handshake's answer, to the byte.
        Assert.Equal(reference["result"]!.ToJsonString(), answered["result"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AFirstMessageThatIsNotJsonGetsAParseErrorAndInitializeStillWorks(string variant)
    {
        await using var client = LspTestClient.Start(ServerUnderTest.Executable(variant));

        await client.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{");
        var initialized = await client.RequestAsync("initialize", Lsp.InitializeParams());

        Assert.NotNull(initialized["result"]!["capabilities"]);
        Assert.Contains("\"code\":-32700", client.Trace, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ANotificationFirstIsLeftToTheConnection(string variant)
    {
        await using var client = LspTestClient.Start(ServerUnderTest.Executable(variant));

        // Before initialize, notifications are dropped (LSP: "should be dropped"), requests refused, initialize answered.
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM a\n"));
        var early = await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri));
        var initialized = await client.RequestAsync("initialize", Lsp.InitializeParams());

        Assert.Equal(-32002, (int)early["error"]!["code"]!);
        Assert.NotNull(initialized["result"]!["capabilities"]);
        Assert.Empty(client.DrainNotifications("textDocument/publishDiagnostics"));
    }
}

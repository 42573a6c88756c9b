using System.Text;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Server;

/// <summary>
/// Malformed, unknown and out-of-order messages get JSON-RPC errors and the server keeps serving; a long
/// run of random edits never desynchronises the document (issue #10 "Robustness").
/// </summary>
public sealed class RobustnessTests
{
    private const string Uri = "file:///workspace/Dockerfile";

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AnswersAnUnknownMethodWithMethodNotFoundAndKeepsServing(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        var unknown = await client.RequestAsync("textDocument/noSuchThing", Lsp.Document(Uri));
        var next = await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri));

        Assert.Equal(-32601, (int)unknown["error"]!["code"]!);
        Assert.Equal("full", (string?)next["result"]!["kind"]);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AnswersRequestsWithStringIdsUnderTheSameId(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM alpine:3.20\nRUN true\n"));

        await client.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":\"hover-1\",\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"" + Uri + "\"},\"position\":{\"line\":1,\"character\":1}}}");
        await client.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":\"7\",\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\"" + Uri + "\"},\"position\":{\"line\":1,\"character\":0}}}");
        await client.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":\"no-such\",\"method\":\"textDocument/noSuchThing\",\"params\":{}}");
        var hover = await client.ExpectResponseAsync("hover-1");
        var completion = await client.ExpectResponseAsync("7");
        var unknown = await client.ExpectResponseAsync("no-such");

        Assert.Contains("Runs a command", (string?)hover["result"]!["contents"]!["value"], StringComparison.Ordinal);
        // "7" is a string, not the number 7: the answer must keep the type.
        Assert.Equal(System.Text.Json.JsonValueKind.String, completion["id"]!.GetValueKind());
        Assert.NotEmpty(completion["result"]!["items"]!.AsArray());
        Assert.Equal(-32601, (int)unknown["error"]!["code"]!);
        Assert.Equal("full", (string?)(await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri)))["result"]!["kind"]);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AnswersARequestWithBadParamsWithAnErrorAndKeepsServing(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        var noDocument = await client.RequestAsync("textDocument/diagnostic", new { });
        var wrongType = await client.RequestAsync("textDocument/diagnostic", new { textDocument = 42 });
        var next = await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri));

        Assert.True(noDocument.ContainsKey("error"), client.Trace);
        Assert.True(wrongType.ContainsKey("error"), client.Trace);
        Assert.Equal("full", (string?)next["result"]!["kind"]);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task SurvivesMalformedNotificationsAndACancelForAnUnknownRequest(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri } });
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = "file:///not/open", version = 2 }, contentChanges = new[] { new { text = "x" } } });
        await client.NotifyAsync("textDocument/didChange", new { });
        await client.NotifyAsync("$/cancelRequest", new { id = 12345 });
        await client.NotifyAsync("$/setTrace", new { value = "off" });
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM a\nBOGUS\n", version: 7));
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (int?)p["version"] == 7);

        Assert.Single(published["diagnostics"]!.AsArray());
        Assert.False(client.HasExited);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AnswersABodyThatIsNotARequestWithAJsonRpcErrorAndKeepsServing(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        await client.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":900,\"method\":\"textDocument/diagnostic\",\"params\":{");
        await client.SendRawAsync("[1,2,3]");
        await client.SendRawAsync("{\"jsonrpc\":\"2.0\",\"id\":\"text-id\",\"method\":\"textDocument/diagnostic\",\"params\":{\"textDocument\":{\"uri\":\"file:///x\"}}}");
        var next = await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri));

        Assert.Equal("full", (string?)next["result"]!["kind"]);
        Assert.Null(client.ProtocolViolation);
        // Both answers precede the one to the next request on the wire: null id, Parse error, then Invalid Request.
        Assert.Contains("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700", client.Trace, StringComparison.Ordinal);
        Assert.True(client.Trace.Contains("\"code\":-32600", StringComparison.Ordinal), client.Trace);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AnswersACancelledRequestOrItsResultButNeverNothing(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        var text = new StringBuilder("FROM alpine AS base\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append("RUN echo ").Append(i).Append(" && \\\n    true\n");
        }

        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, text.ToString()));
        var (id, response) = await client.StartRequestAsync("textDocument/diagnostic", Lsp.Document(Uri));
        await client.NotifyAsync("$/cancelRequest", new { id });
        var answer = await response;
        var next = await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri));

        // Cancellation races with the work: either outcome is an answer, and a cancelled one says so (-32800).
        Assert.True(answer.ContainsKey("result") || (int)answer["error"]!["code"]! == -32800, client.Trace);
        Assert.Equal("full", (string?)next["result"]!["kind"]);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task TenThousandRandomEditsNeverDesynchroniseTheDocument(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        var random = new Random(20261128);
        var text = "FROM alpine AS base\nARG V=1\nRUN echo $V \\\n  && true\nCOPY --from=base /a /b\n";
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, text, version: 1));

        var version = 1;
        for (var round = 0; round < 10; round++)
        {
            for (var i = 0; i < 1000; i++)
            {
                var (edit, edited) = RandomEdits.Next(random, text);
                text = edited;
                await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(Uri, ++version, edit));
            }

            await RandomEdits.AssertSameAsFreshParseAsync(client, Uri, text, round);
        }

        Assert.False(client.HasExited);
    }

    /// <summary>
    /// As above, but the client pulls diagnostics after every edit, so every version is parsed from the one before it
    /// (the incremental re-parse, DockerfileSnapshot.Update) rather than once after a thousand edits.
    /// </summary>
    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task RandomEditsParsedOneByOneNeverDesynchroniseTheDocument(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        var random = new Random(20261129);
        var text = "# syntax=docker/dockerfile:1\nARG BASE=alpine\nFROM $BASE AS base\nARG V=1\nRUN echo $V \\\n  && true\nCOPY <<EOF /a\nx\nEOF\nFROM base\nCOPY --from=base /a /b\n";
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, text, version: 1));

        var version = 1;
        for (var round = 0; round < 10; round++)
        {
            for (var i = 0; i < 200; i++)
            {
                var (edit, edited) = RandomEdits.Next(random, text);
                text = edited;
                await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(Uri, ++version, edit));
                var pulled = await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri));
                Assert.True(pulled.ContainsKey("result"), $"textDocument/diagnostic failed at version {version}\n{client.Trace}");
            }

            await RandomEdits.AssertSameAsFreshParseAsync(client, Uri, text, round);
        }

        Assert.False(client.HasExited);
    }
}

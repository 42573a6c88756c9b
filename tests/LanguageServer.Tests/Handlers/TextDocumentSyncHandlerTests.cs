using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Handlers;

public sealed class TextDocumentSyncHandlerTests
{
    private const string Uri = "file:///workspace/Dockerfile";

    [Theory]
    [MemberData(nameof(ServerUnderTest.VariantsAndLineEndings), MemberType = typeof(ServerUnderTest))]
    public async Task PublishesAnUnknownInstructionWhenADocumentOpens(string variant, string eol)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, $"FROM alpine{eol}  FORM x{eol}", version: 3));
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics");

        Assert.Equal(Uri, (string?)published["uri"]);
        Assert.Equal(3, (int)published["version"]!);
        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("Unknown instruction: FORM", (string?)diagnostic["message"]);
        Assert.Equal("UnknownInstruction", (string?)diagnostic["code"]);
        Assert.Equal("containers", (string?)diagnostic["source"]);
        Assert.Equal(1, (int)diagnostic["severity"]!);
        Assert.Equal("1:2-1:6", Lsp.Range(diagnostic["range"]));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task PublishesNoSourceImageForAnEmptyDocument(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, ""));
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics");

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("NoSourceImage", (string?)diagnostic["code"]);
        Assert.Equal("0:0-0:0", Lsp.Range(diagnostic["range"]));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task RepublishesForEveryChangeAndClearsWhenTheProblemIsFixed(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM a\n", version: 1));
        var first = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == 1);
        await client.NotifyAsync("textDocument/didChange", Lsp.DidChange(Uri, "RUN x\nFROM a\n", version: 2));
        var second = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == 2);
        await client.NotifyAsync("textDocument/didChange", Lsp.DidChange(Uri, "FROM a\nRUN x\n", version: 3));
        var third = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == 3);

        Assert.Empty(first["diagnostics"]!.AsArray());
        var diagnostic = Assert.Single(second["diagnostics"]!.AsArray())!;
        Assert.Equal("InstructionBeforeFrom", (string?)diagnostic["code"]);
        Assert.Equal("0:0-0:3", Lsp.Range(diagnostic["range"]));
        Assert.Empty(third["diagnostics"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ClearsDiagnosticsWhenADocumentCloses(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "BOGUS\n"));
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p["diagnostics"]!.AsArray().Count > 0);
        await client.NotifyAsync("textDocument/didClose", Lsp.DidClose(Uri));
        var cleared = await client.WaitForNotificationAsync("textDocument/publishDiagnostics");

        Assert.Equal(Uri, (string?)cleared["uri"]);
        Assert.Empty(cleared["diagnostics"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task KeepsDocumentsApart(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen("file:///a/Dockerfile", "FROM a\nNOPE\n"));
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen("file:///b/Dockerfile", "FROM b\n"));
        var a = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == "file:///a/Dockerfile");
        var b = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == "file:///b/Dockerfile");

        Assert.Single(a["diagnostics"]!.AsArray());
        Assert.Empty(b["diagnostics"]!.AsArray());
    }

    private static int? Version(JsonObject published) => (int?)published["version"];
}

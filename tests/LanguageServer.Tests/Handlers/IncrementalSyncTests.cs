using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Handlers;

/// <summary>Incremental sync (UTF-16 ranges) and debounced diagnostics (issue #10).</summary>
public sealed class IncrementalSyncTests
{
    private const string Uri = "file:///workspace/Dockerfile";

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AdvertisesIncrementalSyncAndPullDiagnostics(string variant)
    {
        var (client, result) = await Lsp.StartInitializedAsync(variant);
        await using var _ = client;

        Assert.Equal(2, (int)result["capabilities"]!["textDocumentSync"]!["change"]!);
        Assert.False((bool)result["capabilities"]!["diagnosticProvider"]!["interDocumentDependencies"]!);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.VariantsAndLineEndings), MemberType = typeof(ServerUnderTest))]
    public async Task AppliesRangeEditsInOrder(string variant, string eol)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, $"FROM alpine{eol}RUN echo hi{eol}", version: 1));
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == 1);

        // "RUN" → "RUX" (unknown), then insert a line before it, in one notification: the second edit is
        // positioned in the text the first one produced.
        await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(
            Uri, 2, Lsp.Edit(1, 2, 1, 3, "X"), Lsp.Edit(1, 0, 1, 0, $"LABEL a=b{eol}")));
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == 2);

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("Unknown instruction: RUX", (string?)diagnostic["message"]);
        Assert.Equal("2:0-2:3", Lsp.Range(diagnostic["range"]));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task CountsCharactersInUtf16CodeUnits(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        // "😀" is two UTF-16 code units: the edit at character 10 lands right after it (counting code points would put it after the blank).
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM a\nLABEL x=😀 y\n", version: 1));
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == 1);

        await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(Uri, 2, Lsp.Edit(1, 10, 1, 10, "\nBAD")));
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == 2);

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("Unknown instruction: BAD", (string?)diagnostic["message"]);
        Assert.Equal("2:0-2:3", Lsp.Range(diagnostic["range"]));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ClampsPositionsPastTheEndOfALineOrOfTheText(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM a\nRUN x", version: 1));
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == 1);

        // Character 99 of line 0 is its end; line 50 is the end of the text.
        await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(
            Uri, 2, Lsp.Edit(0, 99, 0, 99, " AS base"), Lsp.Edit(50, 0, 50, 0, "\nNOPE")));
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == 2);

        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal("Unknown instruction: NOPE", (string?)diagnostic["message"]);
        Assert.Equal("2:0-2:4", Lsp.Range(diagnostic["range"]));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task PublishesTheLatestVersionAfterABurstAndNeverAnOlderOneAfterANewer(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM a\n", version: 1));
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == 1);

        // 20 keystrokes typing "RUN echo 12345678901" on line 1; the final text has an unknown instruction.
        const string typed = "XRUN echo 1234567890";
        for (var i = 0; i < typed.Length; i++)
        {
            await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(Uri, 2 + i, Lsp.Edit(1, i, 1, i, typed[i].ToString())));
        }

        var last = 1 + typed.Length;
        var final = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => Version(p) == last);
        var diagnostic = Assert.Single(final["diagnostics"]!.AsArray())!;
        Assert.Equal("Unknown instruction: XRUN", (string?)diagnostic["message"]);

        // A pull after the burst sees the same version; whatever was pushed on the way came in version order.
        var pulled = await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri));
        Assert.Equal($"{last}.0", (string?)pulled["result"]!["resultId"]);
        var pushed = client.DrainNotifications("textDocument/publishDiagnostics");
        Assert.All(pushed, p => Assert.True(Version(p) >= last, client.Trace));
    }

    private static int? Version(JsonObject published) => (int?)published["version"];
}

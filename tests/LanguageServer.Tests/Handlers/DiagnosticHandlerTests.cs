using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Handlers;

/// <summary>Pull diagnostics (<c>textDocument/diagnostic</c>) and the anchor's diagnostics settings (issue #10).</summary>
public sealed class DiagnosticHandlerTests
{
    private const string Uri = "file:///workspace/Dockerfile";

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AnswersFullThenUnchangedUntilTheDocumentChanges(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM a\nBOGUS\n", version: 4));

        var first = (await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri)))["result"]!;
        var resultId = (string?)first["resultId"];
        var again = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = resultId }))["result"]!;
        await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(Uri, 5, Lsp.Edit(1, 0, 2, 0, "")));
        var changed = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = resultId }))["result"]!;

        Assert.Equal("full", (string?)first["kind"]);
        var item = Assert.Single(first["items"]!.AsArray())!;
        Assert.Equal("UnknownInstruction", (string?)item["code"]);
        Assert.Equal("1:0-1:5", Lsp.Range(item["range"]));
        Assert.Equal("unchanged", (string?)again["kind"]);
        Assert.Equal(resultId, (string?)again["resultId"]);
        Assert.Null(again["items"]);
        Assert.Equal("full", (string?)changed["kind"]);
        Assert.Empty(changed["items"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AClientThatPullsIsNotPushedToAndIsAskedToPullAgainWhenSettingsChange(string variant)
    {
        // VS Code's client keeps pulled and pushed diagnostics in two collections: both would show each problem twice.
        await using var client = LspTestClient.Start(ServerUnderTest.Executable(variant), "--stdio");
        await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            capabilities = new
            {
                textDocument = new { diagnostic = new { dynamicRegistration = false }, publishDiagnostics = new { versionSupport = true } },
                workspace = new { configuration = false, diagnostics = new { refreshSupport = true } },
            },
        });
        await client.NotifyAsync("initialized", new { });
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM a\nBOGUS\n"));
        var pulled = (await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri)))["result"]!;
        await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(Uri, 2, Lsp.Edit(1, 0, 1, 5, "COPY . /")));
        await client.NotifyAsync("workspace/didChangeConfiguration", new
        {
            settings = new { docker = new { languageserver = new { diagnostics = new { instructionWorkdirRelative = "error" } } } },
        });

        await client.WaitForNotificationAsync("workspace/diagnostic/refresh");
        Assert.Equal("UnknownInstruction", (string?)Assert.Single(pulled["items"]!.AsArray())!["code"]);
        // Opened, changed and re-configured, and not one push: everything went through the pull. (The trace has every
        // message received, also those WaitForNotificationAsync skipped on its way to the refresh.)
        var received = client.Trace.Split("--- server stderr ---")[0];
        Assert.DoesNotContain("textDocument/publishDiagnostics", received, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AnswersAnEmptyReportForADocumentThatIsNotOpen(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        var report = (await client.RequestAsync("textDocument/diagnostic", Lsp.Document("file:///nowhere/Dockerfile")))["result"]!;

        Assert.Equal("full", (string?)report["kind"]);
        Assert.Empty(report["items"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task HonoursTheAnchorsSettingsAndKeepsDefaultsForMissingKeys(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        // MAINTAINER (dockerfile-utils 45) and a relative WORKDIR (50) both warn by default.
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM a\nMAINTAINER me\nWORKDIR app\n"));
        var before = await client.WaitForNotificationAsync("textDocument/publishDiagnostics");

        // Only one key: the anchor would read the missing one as "ignore"; here it keeps its default.
        await client.NotifyAsync("workspace/didChangeConfiguration", new
        {
            settings = new { docker = new { languageserver = new { diagnostics = new { deprecatedMaintainer = "ignore", instructionWorkdirRelative = "error" } } } },
        });
        var after = await client.WaitForNotificationAsync("textDocument/publishDiagnostics");

        Assert.Equal(["MaintainerDeprecated", "WorkdirRelativePath"], before["diagnostics"]!.AsArray().Select(d => (string?)d!["code"]));
        var remaining = Assert.Single(after["diagnostics"]!.AsArray())!;
        Assert.Equal("WorkdirRelativePath", (string?)remaining["code"]);
        Assert.Equal(1, (int)remaining["severity"]!);

        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { docker = new { languageserver = new { diagnostics = new { } } } } });
        var reset = await client.WaitForNotificationAsync("textDocument/publishDiagnostics");
        Assert.Equal(2, reset["diagnostics"]!.AsArray().Count);
    }
}

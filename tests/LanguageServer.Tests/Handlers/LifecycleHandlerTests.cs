using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Handlers;

public sealed class LifecycleHandlerTests
{
    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AnswersInitializeWithIncrementalSyncAndUtf16Positions(string variant)
    {
        var (client, result) = await Lsp.StartInitializedAsync(variant);
        await using var _ = client;

        Assert.Equal(2, (int)result["capabilities"]!["textDocumentSync"]!["change"]!);
        Assert.True((bool)result["capabilities"]!["textDocumentSync"]!["openClose"]!);
        Assert.Equal("utf-16", (string?)result["capabilities"]!["positionEncoding"]);
        Assert.Equal("Containers Language Server", (string?)result["serverInfo"]!["name"]);
        Assert.False(string.IsNullOrEmpty((string?)result["serverInfo"]!["version"]));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ExitsWithZeroAfterShutdownThenExit(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        var shutdown = await client.RequestAsync("shutdown", null);
        await client.NotifyAsync("exit", null);

        Assert.True(shutdown.ContainsKey("result"), client.Trace);
        Assert.Null(shutdown["result"]);
        Assert.Equal(0, await client.WaitForExitAsync());
        Assert.Null(client.ProtocolViolation);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ExitsWithOneOnExitWithoutShutdown(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        await client.NotifyAsync("exit", null);

        Assert.Equal(1, await client.WaitForExitAsync());
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ExitsWithOneWhenTheClientGoesAwayWithoutShutdown(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        client.CloseInput();

        Assert.Equal(1, await client.WaitForExitAsync());
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task RejectsRequestsBeforeInitializeWithServerNotInitialized(string variant)
    {
        await using var client = LspTestClient.Start(ServerUnderTest.Executable(variant));

        var response = await client.RequestAsync("shutdown", null);

        Assert.Equal(-32002, (int)response["error"]!["code"]!);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task RejectsASecondInitializeAndRequestsAfterShutdownAsInvalid(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        var again = await client.RequestAsync("initialize", Lsp.InitializeParams());
        await client.RequestAsync("shutdown", null);
        var afterShutdown = await client.RequestAsync("shutdown", null);

        Assert.Equal(-32600, (int)again["error"]!["code"]!);
        Assert.Equal(-32600, (int)afterShutdown["error"]!["code"]!);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AnswersAnUnknownRequestWithMethodNotFoundAndKeepsServing(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;

        var unknown = await client.RequestAsync("textDocument/unknownFeature", new { });
        await client.NotifyAsync("$/unknownNotification", new { });
        var shutdown = await client.RequestAsync("shutdown", null);

        Assert.Equal(-32601, (int)unknown["error"]!["code"]!);
        Assert.True(shutdown.ContainsKey("result"));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task LogsToStandardErrorAndWritesOnlyProtocolToStandardOutput(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen("file:///log/Dockerfile", "FROM a\n"));
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics");
        await client.RequestAsync("shutdown", null);
        await client.NotifyAsync("exit", null);
        await client.WaitForExitAsync();

        Assert.Null(client.ProtocolViolation);
        Assert.Contains("initialize from LanguageServer.Tests", client.StandardError, StringComparison.Ordinal);
        Assert.Contains("opened file:///log/Dockerfile v1", client.StandardError, StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Handlers;

/// <summary>textDocument/signatureHelp and textDocument/codeLens end to end (issue #10).</summary>
public sealed class SignatureHelpAndCodeLensTests
{
    private const string Uri = "file:///workspace/sig/Dockerfile";

    private const string Dockerfile =
        "FROM --platform=linux/amd64 alpine:3.20 AS build\n" + // 0
        "COPY --from=build src/ lib/ /app/\n" +                // 1
        "ENV A=1\n" +                                           // 2
        "CMD [\"node\", \"server.js\"]\n" +                     // 3
        "HEALTHCHECK NONE\n" +                                  // 4
        "FROM build\n" +                                        // 5
        "EXPOSE 80/udp\n" +                                     // 6
        "FROM alpine:3.20 AS final\n";                          // 7

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task TracksTheActiveFlagAndParameter(string variant)
    {
        await using var client = await OpenAsync(variant);

        Assert.Equal("[--platform=<platform>]", await ActiveAsync(client, 0, 10));
        Assert.Equal("<image>", await ActiveAsync(client, 0, 30));
        Assert.Equal("AS", await ActiveAsync(client, 0, 41));
        Assert.Equal("<name>", await ActiveAsync(client, 0, 45));
        Assert.Equal("[--from=<stage|image|context>]", await ActiveAsync(client, 1, 8));
        Assert.Equal("<src>...", await ActiveAsync(client, 1, 19));
        Assert.Equal("<src>...", await ActiveAsync(client, 1, 25));
        Assert.Equal("<dest>", await ActiveAsync(client, 1, 30));
        Assert.Equal("<key>=", await ActiveAsync(client, 2, 4));
        Assert.Equal("<value> ...", await ActiveAsync(client, 2, 7));
        Assert.Equal("[\"executable\",", await ActiveAsync(client, 3, 7));
        Assert.Equal("\"param\"...]", await ActiveAsync(client, 3, 17));
        Assert.Equal("[/<protocol>] ...", await ActiveAsync(client, 6, 12));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task PicksTheFormBeingWritten(string variant)
    {
        await using var client = await OpenAsync(variant);

        var cmd = await HelpAsync(client, 3, 7);
        var healthcheck = await HelpAsync(client, 4, 14);
        var onKeyword = (await client.RequestAsync("textDocument/signatureHelp", Lsp.Position(Uri, 3, 1)))["result"];

        Assert.Equal(["CMD [\"executable\", \"param\"...]", "CMD <command>"], cmd!["signatures"]!.AsArray().Select(s => (string?)s!["label"]));
        Assert.Equal(0, (int)cmd["activeSignature"]!);
        Assert.Contains("default command", (string?)cmd["signatures"]![0]!["documentation"]!["value"], StringComparison.Ordinal);
        Assert.Equal("HEALTHCHECK NONE", ((string?)healthcheck!["signatures"]![(int)healthcheck["activeSignature"]!]!["label"])!.Split(' ')[0] + " " + "NONE");
        Assert.Equal(1, (int)healthcheck["activeSignature"]!);
        Assert.Null(onKeyword);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task PutsABuildLensOnEveryNamedStage(string variant)
    {
        var (client, result) = await Lsp.StartInitializedAsync(variant);
        await using var _ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, Dockerfile));

        var lenses = (await client.RequestAsync("textDocument/codeLens", Lsp.Document(Uri)))["result"]!.AsArray();

        Assert.NotNull(result["capabilities"]!["codeLensProvider"]);
        Assert.Equal(["0:0-0:4 Build stage build", "7:0-7:4 Build stage final"], lenses.Select(l => $"{Lsp.Range(l!["range"])} {l["command"]!["title"]}"));
        Assert.All(lenses, l => Assert.Equal("containers.buildStage", (string?)l!["command"]!["command"]));
        Assert.Equal([Uri, "final"], lenses[1]!["command"]!["arguments"]!.AsArray().Select(a => (string?)a));
    }

    private static async Task<LspTestClient> OpenAsync(string variant)
    {
        var (client, result) = await Lsp.StartInitializedAsync(variant);
        Assert.NotNull(result["capabilities"]!["signatureHelpProvider"]!["triggerCharacters"]);
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, Dockerfile));
        return client;
    }

    private static async Task<JsonNode?> HelpAsync(LspTestClient client, int line, int character)
    {
        var response = await client.RequestAsync("textDocument/signatureHelp", Lsp.Position(Uri, line, character));
        Assert.True(response["error"] is null, response.ToJsonString());
        return response["result"];
    }

    // The label of the active parameter of the active signature.
    private static async Task<string?> ActiveAsync(LspTestClient client, int line, int character)
    {
        var help = await HelpAsync(client, line, character);
        Assert.True(help is not null, $"no signature help at {line}:{character}");
        var signature = help["signatures"]![(int)help["activeSignature"]!]!;
        return (string?)signature["parameters"]![(int)help["activeParameter"]!]!["label"];
    }
}

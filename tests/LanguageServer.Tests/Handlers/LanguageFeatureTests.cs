using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Handlers;

/// <summary>Symbols, folding, hover, completion, semantic tokens, links, navigation, rename and inlay hints end to end (issue #10).</summary>
public sealed class LanguageFeatureTests
{
    private const string Uri = "file:///workspace/Dockerfile";

    private const string Dockerfile =
        "# syntax=docker/dockerfile:1\n" +        // 0
        "ARG BASE=alpine:3.20\n" +                 // 1
        "FROM $BASE AS build\n" +                  // 2
        "ENV GREETING=hello\n" +                   // 3
        "# two comment\n" +                        // 4
        "# lines\n" +                              // 5
        "RUN --mount=type=cache,target=/c \\\n" +  // 6
        "    echo $GREETING\n" +                   // 7
        "FROM ghcr.io/acme/tool:1 AS final\n" +    // 8
        "COPY --from=build /out /out\n" +          // 9
        "MAINTAINER me\n";                         // 10

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task OutlinesStagesHoldingTheirInstructions(string variant)
    {
        await using var client = await OpenAsync(variant);

        var symbols = (await client.RequestAsync("textDocument/documentSymbol", Lsp.Document(Uri)))["result"]!.AsArray();

        Assert.Equal(["syntax", "ARG", "build", "final"], symbols.Select(s => (string?)s!["name"]));
        var build = symbols[2]!;
        Assert.Equal(2, (int)build["kind"]!);
        Assert.Equal("2:14-2:19", Lsp.Range(build["selectionRange"]));
        Assert.Equal(["ENV", "RUN"], build["children"]!.AsArray().Select(c => (string?)c!["name"]));
        Assert.Equal("GREETING", (string?)build["children"]![0]!["children"]![0]!["name"]);
        var maintainer = symbols[3]!["children"]!.AsArray().Single(c => (string?)c!["name"] == "MAINTAINER")!;
        Assert.Equal(1, (int)maintainer["tags"]![0]!);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task FoldsStagesContinuedInstructionsAndCommentRuns(string variant)
    {
        await using var client = await OpenAsync(variant);

        var ranges = (await client.RequestAsync("textDocument/foldingRange", Lsp.Document(Uri)))["result"]!.AsArray();

        var folded = ranges.Select(r => $"{r!["startLine"]}-{r["endLine"]}:{r["kind"]}").ToList();
        Assert.Equal(["2-7:region", "4-5:comment", "6-7:region", "8-10:region"], folded);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task HoversInstructionsFlagsVariablesAndStages(string variant)
    {
        await using var client = await OpenAsync(variant);

        var keyword = await HoverAsync(client, 6, 1);
        var flag = await HoverAsync(client, 6, 4);
        var variable = await HoverAsync(client, 7, 12);
        var stage = await HoverAsync(client, 9, 14);
        var nothing = (await client.RequestAsync("textDocument/hover", Lsp.Position(Uri, 7, 2)))["result"];

        Assert.Contains("Runs a command", (string?)keyword!["contents"]!["value"], StringComparison.Ordinal);
        Assert.Equal("markdown", (string?)keyword["contents"]!["kind"]);
        Assert.Equal("6:0-6:3", Lsp.Range(keyword["range"]));
        Assert.Contains("cache", (string?)flag!["contents"]!["value"], StringComparison.Ordinal);
        Assert.Equal("6:4-6:11", Lsp.Range(flag["range"]));
        Assert.Contains("GREETING=hello", (string?)variable!["contents"]!["value"], StringComparison.Ordinal);
        Assert.Contains("Build stage `build`", (string?)stage!["contents"]!["value"], StringComparison.Ordinal);
        Assert.Null(nothing);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task CompletesByContextAndResolvesDocumentation(string variant)
    {
        await using var client = await OpenAsync(variant);
        // Line 11 is the empty last line; type into it.
        await ChangeLine11Async(client, 2, "COPY --from=");
        var stages = await CompleteAsync(client, 11, 12);
        await ChangeLine11Async(client, 3, "RUN --mount=type=");
        var types = await CompleteAsync(client, 11, 17);
        await ChangeLine11Async(client, 4, "RUN echo ${");
        var variables = await CompleteAsync(client, 11, 11);
        await ChangeLine11Async(client, 5, "RUN --");
        var flags = await CompleteAsync(client, 11, 6);
        await ChangeLine11Async(client, 6, "");
        var keywords = await CompleteAsync(client, 11, 0);

        Assert.Equal(["build"], stages.Select(i => (string?)i!["label"]));
        Assert.Equal("11:12-11:12", Lsp.Range(stages[0]!["textEdit"]!["range"]));
        Assert.Equal(["bind", "cache", "tmpfs", "secret", "ssh"], types.Select(i => (string?)i!["label"]));
        // The last stage is built on an image: it sees the proxy ARGs, not the global BASE nor the other stage's ENV.
        Assert.Contains(variables, i => (string?)i!["label"] == "HTTP_PROXY" && (string?)i["textEdit"]!["newText"] == "${HTTP_PROXY}");
        Assert.DoesNotContain(variables, i => (string?)i!["label"] is "BASE" or "GREETING");
        Assert.Equal(["--mount", "--network", "--security", "--device"], flags.Select(i => (string?)i!["label"]));
        var from = keywords.First(i => (string?)i!["label"] == "FROM")!;
        Assert.Equal(2, (int)from["insertTextFormat"]!);
        Assert.Contains(keywords, i => (string?)i!["label"] == "MAINTAINER" && i["tags"] is not null);

        var resolved = (await client.RequestAsync("completionItem/resolve", from.DeepClone()))["result"]!;
        Assert.Contains("Starts a new build stage", (string?)resolved["documentation"]!["value"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ClassifiesTokensWithTheAdvertisedLegendAndAnswersDeltasAndRanges(string variant)
    {
        var (client, init) = await Lsp.StartInitializedAsync(variant);
        await using var _ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, Dockerfile));
        var legend = init["capabilities"]!["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.AsArray().Select(t => (string)t!).ToList();

        var full = (await client.RequestAsync("textDocument/semanticTokens/full", Lsp.Document(Uri)))["result"]!;
        var tokens = Decode(full["data"]!.AsArray(), legend);

        Assert.Contains("2:0:4:keyword", tokens);
        Assert.Contains("2:5:5:variable", tokens);
        Assert.Contains("2:11:2:keyword", tokens);
        Assert.Contains("2:14:5:namespace", tokens);
        Assert.Contains("6:4:7:parameter", tokens);
        Assert.Contains("8:5:19:class", tokens);
        Assert.Contains("9:12:5:namespace", tokens);
        Assert.Contains("4:0:13:comment", tokens);
        Assert.Contains("0:2:6:macro", tokens);

        var unchanged = (await client.RequestAsync("textDocument/semanticTokens/full/delta", new { textDocument = new { uri = Uri }, previousResultId = (string?)full["resultId"] }))["result"]!;
        Assert.Empty(unchanged["edits"]!.AsArray());

        await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(Uri, 2, Lsp.Edit(3, 0, 3, 0, "USER app\n")));
        var delta = (await client.RequestAsync("textDocument/semanticTokens/full/delta", new { textDocument = new { uri = Uri }, previousResultId = (string?)unchanged["resultId"] }))["result"]!;
        var fresh = (await client.RequestAsync("textDocument/semanticTokens/full", Lsp.Document(Uri)))["result"]!;
        var patched = full["data"]!.AsArray().Select(n => (int)n!).ToList();
        var edit = Assert.Single(delta["edits"]!.AsArray())!;
        patched.RemoveRange((int)edit["start"]!, (int)edit["deleteCount"]!);
        patched.InsertRange((int)edit["start"]!, edit["data"]!.AsArray().Select(n => (int)n!));
        Assert.Equal(fresh["data"]!.AsArray().Select(n => (int)n!), patched);

        var range = (await client.RequestAsync("textDocument/semanticTokens/range", new { textDocument = new { uri = Uri }, range = new { start = new { line = 10, character = 0 }, end = new { line = 11, character = 0 } } }))["result"]!;
        // After the inserted line, COPY --from=build is line 10.
        Assert.Equal(["10:0:4:keyword", "10:5:6:parameter", "10:12:5:namespace"], Decode(range["data"]!.AsArray(), legend).Where(t => t.StartsWith("10:", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task LinksImagesToTheirRegistryPages(string variant)
    {
        await using var client = await OpenAsync(variant, "FROM alpine:3.20\nFROM bitnami/redis@sha256:abc\nFROM ghcr.io/acme/tool:1\nFROM mcr.microsoft.com/dotnet/sdk:8.0 AS sdk\nFROM quay.io/org/app\nFROM sdk\nFROM scratch\n");

        var links = (await client.RequestAsync("textDocument/documentLink", Lsp.Document(Uri)))["result"]!.AsArray();

        Assert.Equal(
            [
                "0:5-0:11 https://hub.docker.com/_/alpine",
                "1:5-1:18 https://hub.docker.com/r/bitnami/redis",
                "2:5-2:22 https://github.com/acme/tool/pkgs/container/tool",
                "3:5-3:33 https://mcr.microsoft.com/artifact/mar/dotnet/sdk",
                "4:5-4:20 https://quay.io/repository/org/app",
            ],
            links.Select(l => $"{Lsp.Range(l!["range"])} {l["target"]}"));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task NavigatesAndRenamesStagesAndVariables(string variant)
    {
        await using var client = await OpenAsync(variant);

        var definition = (await client.RequestAsync("textDocument/definition", Lsp.Position(Uri, 9, 14)))["result"]!.AsArray();
        var references = (await client.RequestAsync("textDocument/references", new { textDocument = new { uri = Uri }, position = new { line = 2, character = 16 }, context = new { includeDeclaration = true } }))["result"]!.AsArray();
        var highlights = (await client.RequestAsync("textDocument/documentHighlight", Lsp.Position(Uri, 7, 12)))["result"]!.AsArray();
        var prepare = (await client.RequestAsync("textDocument/prepareRename", Lsp.Position(Uri, 1, 5)))["result"]!;
        var rename = (await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = new { line = 2, character = 7 }, newName = "IMAGE" }))["result"]!;
        var invalid = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = new { line = 2, character = 7 }, newName = "has space" });
        var none = (await client.RequestAsync("textDocument/prepareRename", Lsp.Position(Uri, 6, 1)))["result"];

        Assert.Equal(["2:14-2:19"], definition.Select(l => Lsp.Range(l!["range"])));
        Assert.Equal(["2:14-2:19", "9:12-9:17"], references.Select(l => Lsp.Range(l!["range"])));
        Assert.Equal(["3:4-3:12:3", "7:10-7:18:2"], highlights.Select(h => $"{Lsp.Range(h!["range"])}:{h["kind"]}"));
        Assert.Equal("1:4-1:8", Lsp.Range(prepare["range"]));
        Assert.Equal("BASE", (string?)prepare["placeholder"]);
        Assert.Equal(["1:4-1:8 IMAGE", "2:6-2:10 IMAGE"], rename["changes"]![Uri]!.AsArray().Select(e => $"{Lsp.Range(e!["range"])} {e["newText"]}").Order());
        Assert.Equal(-32602, (int)invalid["error"]!["code"]!);
        Assert.Null(none);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task ShowsResolvedValuesAsInlayHintsAndFindsWorkspaceSymbols(string variant)
    {
        await using var client = await OpenAsync(variant);

        var hints = (await client.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri = Uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = 11, character = 0 } } }))["result"]!.AsArray();
        var symbols = (await client.RequestAsync("workspace/symbol", new { query = "bui" }))["result"]!.AsArray();

        Assert.Equal(["2:10 = alpine:3.20", "7:18 = hello"], hints.Select(h => $"{h!["position"]!["line"]}:{h["position"]!["character"]} {h["label"]}"));
        var stage = Assert.Single(symbols)!;
        Assert.Equal("build", (string?)stage["name"]);
        Assert.Equal(Uri, (string?)stage["location"]!["uri"]);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task FormatsTheDocumentARangeAndOnTypeAndHonoursIgnoreMultilineInstructions(string variant)
    {
        await using var client = await OpenAsync(variant, "  FROM a\nRUN a \\\nb\n  RUN c\n");
        var options = new { tabSize = 2, insertSpaces = true };

        var document = (await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = Uri }, options }))["result"]!.AsArray();
        var range = (await client.RequestAsync("textDocument/rangeFormatting", new { textDocument = new { uri = Uri }, options, range = new { start = new { line = 3, character = 0 }, end = new { line = 3, character = 1 } } }))["result"]!.AsArray();
        var onType = (await client.RequestAsync("textDocument/onTypeFormatting", new { textDocument = new { uri = Uri }, options, position = new { line = 1, character = 7 }, ch = "\\" }))["result"]!.AsArray();
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { docker = new { languageserver = new { formatter = new { ignoreMultilineInstructions = true } } } } });
        var ignoring = (await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = Uri }, options }))["result"]!.AsArray();

        Assert.Equal(["0:0-0:2 ''", "2:0-2:0 '  '", "3:0-3:2 ''"], document.Select(Edit));
        Assert.Equal(["3:0-3:2 ''"], range.Select(Edit));
        Assert.Equal(["2:0-2:0 '  '"], onType.Select(Edit));
        Assert.Equal(["0:0-0:2 ''", "3:0-3:2 ''"], ignoring.Select(Edit));
    }

    private static string Edit(JsonNode? edit) => $"{Lsp.Range(edit!["range"])} '{edit["newText"]}'";

    private static async Task<LspTestClient> OpenAsync(string variant, string text = Dockerfile)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, text));
        return client;
    }

    private static async Task ChangeLine11Async(LspTestClient client, int version, string text) =>
        await client.NotifyAsync("textDocument/didChange", Lsp.DidChangeIncremental(Uri, version, Lsp.Edit(11, 0, 11, 100, text)));

    private static async Task<JsonNode?> HoverAsync(LspTestClient client, int line, int character) =>
        (await client.RequestAsync("textDocument/hover", Lsp.Position(Uri, line, character)))["result"];

    private static async Task<JsonArray> CompleteAsync(LspTestClient client, int line, int character) =>
        (await client.RequestAsync("textDocument/completion", Lsp.Position(Uri, line, character)))["result"]!["items"]!.AsArray();

    private static List<string> Decode(JsonArray data, List<string> legend)
    {
        var result = new List<string>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Count; i += 5)
        {
            var deltaLine = (int)data[i]!;
            line += deltaLine;
            character = deltaLine == 0 ? character + (int)data[i + 1]! : (int)data[i + 1]!;
            result.Add($"{line}:{character}:{(int)data[i + 2]!}:{legend[(int)data[i + 3]!]}");
        }

        return result;
    }
}

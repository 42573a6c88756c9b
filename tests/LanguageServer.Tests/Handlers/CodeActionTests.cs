using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Handlers;

/// <summary>textDocument/codeAction end to end: quick fixes linked to our diagnostics, preferred fixes, refactorings (issue #10).</summary>
public sealed class CodeActionTests
{
    private const string Uri = "file:///workspace/fix/Dockerfile";

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AdvertisesQuickFixesAndRefactorings(string variant)
    {
        var (client, result) = await Lsp.StartInitializedAsync(variant);
        await using var _ = client;

        var kinds = result["capabilities"]!["codeActionProvider"]!["codeActionKinds"]!.AsArray().Select(k => (string?)k);

        Assert.Equal(["quickfix", "refactor.rewrite"], kinds);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task AppliesEveryPreferredFixUntilNoDiagnosticIsLeft(string variant)
    {
        var text =
            "FROM scratch as Build\n" +
            "MAINTAINER Jane <jane@example.com>\n" +
            "RUNN echo hi\n" +
            "COPY --chwn=1 a /b\n" +
            "ENV GREETING hello\n" +
            "WORKDIR /$GREETNG\n" +
            "RUN apk add \\\n" +
            "\n" +
            "    curl\n" +
            "FROM alpine:3.20\n" +
            "COPY --from=Build /b /c\n" +
            "EXPOSE 80/TCP\n" +
            "CMD [\"node\", \"server.js\"]\n";
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, text));

        var fixedRules = new List<string>();
        for (var version = 2; version < 30; version++)
        {
            var diagnostics = await DiagnosticsAsync(client);
            if (diagnostics.Count == 0)
            {
                break;
            }

            var diagnostic = diagnostics[0]!;
            var actions = await CodeActionsAsync(client, diagnostic["range"]!, diagnostic);
            var preferred = actions.SingleOrDefault(a => (bool?)a!["isPreferred"] == true);
            Assert.True(preferred is not null, $"no preferred fix for {diagnostic.ToJsonString()}: {actions.ToJsonString()}");
            Assert.Equal("quickfix", (string?)preferred["kind"]);
            Assert.True(JsonNode.DeepEquals(diagnostic, preferred["diagnostics"]![0]), "the fix names the diagnostic the client sent");
            fixedRules.Add((string)diagnostic["code"]!);
            text = TextEdits.Apply(text, preferred["edit"]!["changes"]![Uri]!.AsArray());
            await client.NotifyAsync("textDocument/didChange", Lsp.DidChange(Uri, text, version));
        }

        Assert.Empty(await DiagnosticsAsync(client));
        Assert.Equal(
            "FROM scratch AS build\n" +
            "LABEL org.opencontainers.image.authors=\"Jane <jane@example.com>\"\n" +
            "RUN echo hi\n" +
            "COPY --chown=1 a /b\n" +
            "ENV GREETING=hello\n" +
            "WORKDIR /$GREETING\n" +
            "RUN apk add \\\n" +
            "    curl\n" +
            "FROM alpine:3.20\n" +
            "COPY --from=build /b /c\n" +
            "EXPOSE 80/tcp\n" +
            "CMD [\"node\", \"server.js\"]\n",
            text);
        Assert.Subset(
            new HashSet<string>(fixedRules),
            new HashSet<string> { "FromAsCasing", "StageNameCasing", "MaintainerDeprecated", "UnknownInstruction", "UnknownFlag", "LegacyKeyValueFormat", "UndefinedVar", "NoEmptyContinuation", "ExposeProtoCasing" });
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task SuppressesARuleForOneInstruction(string variant)
    {
        var text = "FROM alpine:3.20\n  MAINTAINER me\nRUN true\n";
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, text));
        var diagnostic = (await DiagnosticsAsync(client)).Single()!;

        var actions = await CodeActionsAsync(client, diagnostic["range"]!, diagnostic);
        var ignore = actions.Single(a => ((string)a!["title"]!).StartsWith("Ignore MaintainerDeprecated", StringComparison.Ordinal))!;
        Assert.Null(ignore["isPreferred"]);
        text = TextEdits.Apply(text, ignore["edit"]!["changes"]![Uri]!.AsArray());
        await client.NotifyAsync("textDocument/didChange", Lsp.DidChange(Uri, text, 2));

        Assert.Equal("FROM alpine:3.20\n  # hadolint ignore=MaintainerDeprecated\n  MAINTAINER me\nRUN true\n", text);
        Assert.Empty(await DiagnosticsAsync(client));
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task OffersUppercaseAndJsonFormWhereTheCursorIs(string variant)
    {
        var text = "FROM alpine:3.20\nrun apk add curl\ncmd node server.js\nENTRYPOINT echo $HOME | tee /x\n";
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, text));

        var onCmd = await CodeActionsAsync(client, Range(2, 5, 2, 5));
        var onEntrypoint = await CodeActionsAsync(client, Range(3, 12, 3, 12));
        var onlyQuickFixes = await CodeActionsAsync(client, Range(2, 5, 2, 5), only: "quickfix");

        Assert.All(onCmd, a => Assert.Equal("refactor.rewrite", (string?)a!["kind"]));
        Assert.Equal("FROM alpine:3.20\nrun apk add curl\nCMD node server.js\nENTRYPOINT echo $HOME | tee /x\n", Apply(text, onCmd, "Convert 'cmd' to uppercase"));
        Assert.Equal("FROM alpine:3.20\nRUN apk add curl\nCMD node server.js\nENTRYPOINT echo $HOME | tee /x\n", Apply(text, onCmd, "Convert every instruction to uppercase"));
        Assert.Equal("FROM alpine:3.20\nrun apk add curl\ncmd [\"node\", \"server.js\"]\nENTRYPOINT echo $HOME | tee /x\n", Apply(text, onCmd, "Convert to JSON (exec) form"));
        // Shell syntax stays meaningful: the shell is run explicitly.
        Assert.Equal(
            "FROM alpine:3.20\nrun apk add curl\ncmd node server.js\nENTRYPOINT [\"/bin/sh\", \"-c\", \"echo $HOME | tee /x\"]\n",
            Apply(text, onEntrypoint, "Convert to JSON form (keeps the shell: /bin/sh -c)"));
        Assert.Empty(onlyQuickFixes);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task IgnoresOtherSourcesDiagnosticsAndAnswersEmptyForAnUnknownDocument(string variant)
    {
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM alpine:3.20\nRUN true\n"));
        var foreign = JsonNode.Parse("{\"range\":{\"start\":{\"line\":1,\"character\":0},\"end\":{\"line\":1,\"character\":3}},\"severity\":2,\"code\":3059,\"source\":\"hadolint\",\"message\":\"x\"}")!;

        var actions = await CodeActionsAsync(client, Range(1, 0, 1, 0), foreign);
        var unknown = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = "file:///nowhere/Dockerfile" }, range = Range(0, 0, 0, 0), context = new { diagnostics = Array.Empty<object>() } });

        Assert.DoesNotContain(actions, a => a!["diagnostics"] is not null);
        Assert.Empty(unknown["result"]!.AsArray());
    }

    private static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new() { ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter }, ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter } };

    private static string Apply(string text, JsonArray actions, string title)
    {
        var action = actions.SingleOrDefault(a => (string?)a!["title"] == title);
        Assert.True(action is not null, $"no action '{title}' in {actions.ToJsonString()}");
        return TextEdits.Apply(text, action["edit"]!["changes"]![Uri]!.AsArray());
    }

    private static async Task<JsonArray> DiagnosticsAsync(LspTestClient client) =>
        (await client.RequestAsync("textDocument/diagnostic", Lsp.Document(Uri)))["result"]!["items"]!.AsArray();

    private static async Task<JsonArray> CodeActionsAsync(LspTestClient client, JsonNode range, JsonNode? diagnostic = null, string? only = null)
    {
        var context = new JsonObject { ["diagnostics"] = diagnostic is null ? new JsonArray() : new JsonArray(diagnostic.DeepClone()) };
        if (only is not null)
        {
            context["only"] = new JsonArray(only);
        }

        var parameters = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri }, ["range"] = range.DeepClone(), ["context"] = context };
        var response = await client.RequestAsync("textDocument/codeAction", parameters);
        Assert.True(response["error"] is null, response.ToJsonString());
        return response["result"]!.AsArray();
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;
using Containers.Tests;

namespace Containers.LanguageServer.Tests.Handlers;

/// <summary>
/// FROM completion and hover from the local engine (issue #10), with the real dockerd (the docker CLI is the oracle)
/// and with DOCKER_HOST at a socket nobody listens on (the features quietly give nothing).
/// </summary>
public sealed class LocalImageTests
{
    private const string Uri = "file:///workspace/images/Dockerfile";
    private const string Image = "containers-test/busybox:latest";

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task CompletesFromImagesWithTheEnginesTags(string variant)
    {
        var expected = DockerCli.Lines("image", "ls", "--format", "{{.Repository}}:{{.Tag}}").Where(t => !t.Contains("<none>", StringComparison.Ordinal)).ToHashSet();
        Assert.Contains(Image, expected);
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, "FROM containers-test/bu\nRUN true\n"));

        var items = await CompleteAsync(client, 0, 23);
        var afterImage = await CompleteAsync(client, 1, 4);

        var images = items.Where(i => (int?)i!["kind"] == 18).ToList();
        // Other test classes add and remove images meanwhile: only the test image is certain to be in both lists.
        Assert.Contains(images, i => (string?)i!["label"] == Image);
        Assert.All(images, i => Assert.DoesNotContain("<none>", (string)i!["label"]!, StringComparison.Ordinal));
        Assert.Equal("0:5-0:23", Lsp.Range(images[0]!["textEdit"]!["range"]));
        Assert.DoesNotContain(afterImage, i => (int?)i!["kind"] == 18);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task HoversAFromImageWithItsSizeDateAndLayers(string variant)
    {
        var size = long.Parse(DockerCli.Run("image", "inspect", "-f", "{{.Size}}", Image), CultureInfo.InvariantCulture);
        var layers = DockerCli.Run("image", "inspect", "-f", "{{len .RootFS.Layers}}", Image);
        var created = DateTimeOffset.Parse(DockerCli.Run("image", "inspect", "-f", "{{.Created}}", Image), CultureInfo.InvariantCulture).UtcDateTime;
        var (client, _) = await Lsp.StartInitializedAsync(variant);
        await using var __ = client;
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, $"ARG BASE={Image}\nFROM $BASE\nFROM {Image} AS b\n"));

        var direct = await HoverAsync(client, 2, 8);
        var throughArg = await HoverAsync(client, 1, 7);

        var text = (string)direct!["contents"]!["value"]!;
        Assert.Contains($"**{Image}** (local image)", text, StringComparison.Ordinal);
        Assert.Contains($"{layers} layer", text, StringComparison.Ordinal);
        Assert.Contains(FormatDecimal(size), text, StringComparison.Ordinal);
        Assert.Contains(created.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Equal("2:5-2:" + (5 + Image.Length), Lsp.Range(direct["range"]));
        Assert.Equal(text, (string?)throughArg!["contents"]!["value"]);
    }

    [Theory]
    [MemberData(nameof(ServerUnderTest.Variants), MemberType = typeof(ServerUnderTest))]
    public async Task GivesNothingQuietlyWhenNoEngineAnswers(string variant)
    {
        var client = LspTestClient.Start("/usr/bin/env", ["DOCKER_HOST=unix:///tmp/containers-lsp-tests-nobody-listens.sock", "DOCKER_CONTEXT=", ServerUnderTest.Executable(variant), "--stdio"]);
        await using var __ = client;
        await client.RequestAsync("initialize", Lsp.InitializeParams());
        await client.NotifyAsync("initialized", new { });
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(Uri, $"FROM {Image}\nRUN true\n"));

        var completion = await client.RequestAsync("textDocument/completion", Lsp.Position(Uri, 0, 5));
        var hover = await client.RequestAsync("textDocument/hover", Lsp.Position(Uri, 0, 8));
        var keywordHover = await HoverAsync(client, 1, 1);

        Assert.Null(completion["error"]);
        Assert.DoesNotContain(completion["result"]!["items"]!.AsArray(), i => (int?)i!["kind"] == 18);
        Assert.Null(hover["error"]);
        Assert.Null(hover["result"]);
        Assert.NotNull(keywordHover);
        Assert.False(client.HasExited);
    }

    // docker's units.HumanSize: decimal, up to 4 significant digits; ours prints up to two decimals, so compare the integer part and unit.
    private static string FormatDecimal(long bytes)
    {
        string[] units = ["B", "kB", "MB", "GB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        return unit == 0 ? $"{bytes} B" : $"{Math.Floor(value).ToString(CultureInfo.InvariantCulture)}";
    }

    private static async Task<JsonArray> CompleteAsync(LspTestClient client, int line, int character)
    {
        var response = await client.RequestAsync("textDocument/completion", Lsp.Position(Uri, line, character));
        Assert.True(response["error"] is null, response.ToJsonString());
        return response["result"]!["items"]!.AsArray();
    }

    private static async Task<JsonNode?> HoverAsync(LspTestClient client, int line, int character)
    {
        var response = await client.RequestAsync("textDocument/hover", Lsp.Position(Uri, line, character));
        Assert.True(response["error"] is null, response.ToJsonString());
        return response["result"];
    }
}

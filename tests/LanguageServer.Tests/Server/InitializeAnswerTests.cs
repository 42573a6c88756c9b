using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Containers.LanguageServer.Handlers;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Tests.Server;

/// <summary>
/// The initialize answer is written from bytes serialized ahead (InitializeAnswer, issue #10 cold start); the
/// capabilities themselves are LifecycleHandler.Answer. These keep the two the same.
/// </summary>
public sealed class InitializeAnswerTests
{
    [Fact]
    public void TheBytesWrittenAreTheCapabilitiesSerializedWithTheWireOptions()
    {
        var serialized = Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(LifecycleHandler.Answer(), InitializeResultJsonContext.Default.InitializeResult));
        var written = Encoding.UTF8.GetString(InitializeAnswer.Result());

        Assert.True(
            serialized == written,
            $"InitializeAnswer is out of date: LifecycleHandler.Answer() now serializes to\n{serialized}\nPut that (without the version's value) into InitializeAnswer.ResultBeforeVersion.");
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("\"a\\\"b\"", "a\"b")]
    public void TheResponseEchoesTheIdAndCarriesTheResult(string id, object expected)
    {
        var response = InitializeAnswer.Response(Encoding.UTF8.GetBytes(id));
        var text = Encoding.UTF8.GetString(response);
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var body = JsonNode.Parse(text[(headerEnd + 4)..])!;

        Assert.Equal($"Content-Length: {response.Length - headerEnd - 4}", text[..headerEnd]);
        Assert.Equal("2.0", (string?)body["jsonrpc"]);
        Assert.Equal(expected.ToString(), body["id"]!.ToString());
        Assert.Equal(JsonNode.Parse(InitializeAnswer.Result())!.ToJsonString(), body["result"]!.ToJsonString());
        Assert.Equal(LifecycleHandler.ServerVersion, (string?)body["result"]!["serverInfo"]!["version"]);
    }
}

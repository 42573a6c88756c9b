using System.Text;
using System.Text.Json;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Tests.Server;

/// <summary>
/// The handshake reads the first message in one pass (InitializeRequest) and answers it only when the connection's
/// deserializer would have accepted it: these pin what counts as a well-formed initialize, and what is kept of it.
/// </summary>
public sealed class InitializeRequestTests
{
    private static InitializeRequest? Read(string json) => InitializeRequest.TryRead(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void ReadsTheFieldsTheServerKeepsInAnyOrderPastDecoysInOtherValues()
    {
        var request = Read("""
            { "params": { "capabilities": { "id": 9, "method": "shutdown", "textDocument": { "publishDiagnostics": { "versionSupport": true } } },
                          "clientInfo": { "version": null, "extra": [1, {"name": 2}], "name": "Editor" }, "trace": "off",
                          "initializationOptions": [ "x" ], "processId": 42 },
              "extra": { "jsonrpc": "1.0", "params": 3 }, "id": "a\"b", "method": "initialize", "jsonrpc": "2.0" }
            """);

        Assert.NotNull(request);
        Assert.Equal("\"a\\\"b\"", Encoding.UTF8.GetString(request.Id.Span));
        var parameters = request.ToParameters();
        Assert.Equal(42, parameters.ProcessId);
        Assert.Equal(new Protocol.ClientInfo("Editor", null), parameters.ClientInfo);
        Assert.True(parameters.Capabilities!.Value.GetProperty("textDocument").GetProperty("publishDiagnostics").GetProperty("versionSupport").GetBoolean());
        Assert.Equal(9, parameters.Capabilities.Value.GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Array, parameters.InitializationOptions!.Value.ValueKind);
    }

    [Fact]
    public void AbsentAndNullFieldsAreNull()
    {
        var parameters = Read("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":null}}""")!.ToParameters();

        Assert.Null(parameters.ProcessId);
        Assert.Null(parameters.ClientInfo);
        Assert.Null(parameters.Capabilities);
        Assert.Null(parameters.InitializationOptions);
    }

    [Fact]
    public void ARepeatedPropertyCountsLastAsInAParsedDocument()
    {
        var request = Read("""{"jsonrpc":"2.0","id":1,"method":"shutdown","params":{"processId":1,"processId":2},"method":"initialize","id":3}""");

        Assert.Equal("3", Encoding.UTF8.GetString(request!.Id.Span));
        Assert.Equal(2, request.ToParameters().ProcessId);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialized","params":{}}""")]
    [InlineData("""{"jsonrpc":"1.0","id":1,"method":"initialize","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"initialize","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":null,"method":"initialize","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":{"a":1},"method":"initialize","params":{}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":[{}]}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":"42"}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":4.5}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"clientInfo":"Editor"}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"clientInfo":{"version":"1"}}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"clientInfo":{"name":"E","version":2}}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}} {}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{/* c */}}""")]
    [InlineData("""[{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}]""")]
    [InlineData("")]
    public void LeavesToTheConnectionWhatItsDeserializerWouldRefuseOrIsNotInitialize(string json)
    {
        Assert.Null(Read(json));
    }
}

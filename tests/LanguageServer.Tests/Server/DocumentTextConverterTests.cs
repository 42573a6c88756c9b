using System.Text;
using System.Text.Json;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Tests.Server;

/// <summary>
/// A document's text is decoded from its JSON string by the server's own converter (DocumentTextConverter); the result
/// must be what System.Text.Json's reader gives for the same bytes, and a string it rejects must still be rejected.
/// </summary>
public sealed class DocumentTextConverterTests
{
    public static TheoryData<string> EscapedTexts => new()
    {
        "FROM alpine\\nRUN echo \\\"hi\\\"\\n",
        "a\\\\b\\/c\\bd\\fe\\rf\\tg",
        "\\u0000\\u001f\\u00e9\\u4E2D\\uFFFD end",
        "caf\u00e9 \u4e2d\u6587 \ud83d\ude00\\nsecond line",
        "\\n",
        "\\ud83d\\ude00 a pair of escapes",
        "x\\ud800 a lone surrogate",
    };

    [Theory]
    [MemberData(nameof(EscapedTexts))]
    public void DecodesAsTheJsonReaderDoes(string jsonString) => AssertSameAsReader(Encoding.UTF8.GetBytes(jsonString));

    [Fact]
    public void DecodesRandomTextsAsTheJsonReaderDoes()
    {
        var random = new Random(7);
        string[] pieces = ["RUN ", "\\n", "\\\"", "\\\\", "\\t", "\\r\\n", "\\u00e9", "\\u20AC", "é", "中", "😀", "$VAR", "\\/", " "];
        for (var i = 0; i < 500; i++)
        {
            var builder = new StringBuilder();
            for (var j = random.Next(40); j > 0; j--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            AssertSameAsReader(Encoding.UTF8.GetBytes(builder.ToString()));
        }
    }

    [Fact]
    public void InvalidUtf8BetweenEscapesIsStillAnError()
    {
        byte[] invalid = [(byte)'a', (byte)'\\', (byte)'n', 0xC3, 0x28, (byte)'b'];

        Assert.ThrowsAny<Exception>(() => ReaderText(invalid));
        Assert.ThrowsAny<JsonException>(() => ServerText(invalid));
    }

    [Fact]
    public void AWholeTextChangeIsDecodedTheSameWay()
    {
        var json = "{\"textDocument\":{\"uri\":\"file:///a\",\"version\":2},\"contentChanges\":[{\"text\":\"FROM a\\nRUN b\\n\"}]}"u8;
        var change = JsonSerializer.Deserialize<DidChangeTextDocumentParams>(json, LspJsonContext.Wire)!;

        Assert.Equal("FROM a\nRUN b\n", change.ContentChanges[0].Text);
    }

    private static void AssertSameAsReader(byte[] jsonStringContent)
    {
        string? expected;
        try
        {
            expected = ReaderText(jsonStringContent);
        }
        catch (InvalidOperationException)
        {
            Assert.ThrowsAny<JsonException>(() => ServerText(jsonStringContent));
            return;
        }

        Assert.Equal(expected, ServerText(jsonStringContent));
    }

    // What Utf8JsonReader.GetString gives for the string, independent of the server's converter.
    private static string? ReaderText(byte[] jsonStringContent)
    {
        var reader = new Utf8JsonReader(Quoted(jsonStringContent));
        reader.Read();
        return reader.GetString();
    }

    // The text of a didOpen carrying the string, through the server's serializer options.
    private static string ServerText(byte[] jsonStringContent)
    {
        var json = Encoding.UTF8.GetBytes("{\"textDocument\":{\"uri\":\"file:///a\",\"languageId\":\"dockerfile\",\"version\":1,\"text\":")
            .Concat(Quoted(jsonStringContent)).Concat("}}"u8.ToArray()).ToArray();
        return JsonSerializer.Deserialize<DidOpenTextDocumentParams>(json, LspJsonContext.Wire)!.TextDocument.Text;
    }

    private static byte[] Quoted(byte[] content) => [(byte)'"', .. content, (byte)'"'];
}

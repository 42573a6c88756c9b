using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Containers.LanguageServer.Server;

/// <summary>
/// The initialize result as the bytes the server writes: <see cref="Handlers.LifecycleHandler.Answer"/> serialized
/// ahead, at development time, because it depends on nothing the client sends. In a fresh process the first
/// System.Text.Json serialization (its options, the capability types' metadata, their code paged in) was about
/// 6 ms of a 17 ms start to the initialize response (issue #10, bench/lsp/README.md "Start-up, fourth round").
/// <c>InitializeAnswerTests</c> fails when these bytes and <see cref="Handlers.LifecycleHandler.Answer"/> differ,
/// and prints the bytes to put here.
/// </summary>
internal static class InitializeAnswer
{
    // The result up to the server version's value, which the build writes (BuildInfo.Version); ResultEnd closes it.
    private static ReadOnlySpan<byte> ResultBeforeVersion =>
        "{\"capabilities\":{\"positionEncoding\":\"utf-16\",\"textDocumentSync\":{\"openClose\":true,\"change\":2},"u8
        + "\"diagnosticProvider\":{\"interDocumentDependencies\":false,\"workspaceDiagnostics\":false},\"hoverProvider\":true,"u8
        + "\"documentSymbolProvider\":true,\"workspaceSymbolProvider\":true,\"foldingRangeProvider\":true,\"definitionProvider\":true,"u8
        + "\"referencesProvider\":true,\"documentHighlightProvider\":true,\"inlayHintProvider\":true,\"completionProvider\":{\"triggerCharacters\":[\"=\","u8
        + "\",\",\"$\",\"{\",\"-\",\" \"],\"resolveProvider\":true},\"semanticTokensProvider\":{\"legend\":{\"tokenTypes\":[\"keyword\","u8
        + "\"comment\",\"parameter\",\"property\",\"namespace\",\"class\",\"macro\",\"string\",\"variable\",\"operator\"],"u8
        + "\"tokenModifiers\":[\"declaration\",\"definition\",\"deprecated\"]},\"range\":true,\"full\":{\"delta\":true}},"u8
        + "\"renameProvider\":{\"prepareProvider\":true},\"documentLinkProvider\":{\"resolveProvider\":false},"u8
        + "\"documentFormattingProvider\":true,\"documentRangeFormattingProvider\":true,\"documentOnTypeFormattingProvider\":{\"firstTriggerCharacter\":\"\\\\\","u8
        + "\"moreTriggerCharacter\":[\"\\u0060\"]},\"codeActionProvider\":{\"codeActionKinds\":[\"quickfix\",\"refactor.rewrite\"],"u8
        + "\"resolveProvider\":false},\"signatureHelpProvider\":{\"triggerCharacters\":[\" \",\"-\",\"=\",\"[\",\",\"],"u8
        + "\"retriggerCharacters\":[\" \",\"=\",\",\",\":\",\"/\"]},\"codeLensProvider\":{\"resolveProvider\":false}},"u8
        + "\"serverInfo\":{\"name\":\"Containers Language Server\",\"version\":\""u8;

    private static ReadOnlySpan<byte> ResultEnd => "\"}}"u8;

    /// <summary>The result object, UTF-8 JSON.</summary>
    public static byte[] Result()
    {
        var version = Encoding.UTF8.GetBytes(Handlers.LifecycleHandler.ServerVersion);
        var result = new byte[ResultBeforeVersion.Length + version.Length + ResultEnd.Length];
        ResultBeforeVersion.CopyTo(result);
        version.CopyTo(result.AsSpan(ResultBeforeVersion.Length));
        ResultEnd.CopyTo(result.AsSpan(ResultBeforeVersion.Length + version.Length));
        return result;
    }

    /// <summary>The result as a <see cref="JsonElement"/>, for an initialize the connection answers.</summary>
    public static JsonElement ResultElement()
    {
        var reader = new Utf8JsonReader(Result());
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>The whole response message, header included, to the request with the JSON id <paramref name="id"/> (raw bytes).</summary>
    public static byte[] Response(ReadOnlySpan<byte> id)
    {
        var result = Result();
        var bodyLength = BodyStart.Length + id.Length + ResultStart.Length + result.Length + 1;
        Span<byte> digits = stackalloc byte[11];
        bodyLength.TryFormat(digits, out var digitCount, provider: CultureInfo.InvariantCulture);
        var response = new byte[HeaderStart.Length + digitCount + HeaderEnd.Length + bodyLength];
        var at = 0;
        Append(response, ref at, HeaderStart);
        Append(response, ref at, digits[..digitCount]);
        Append(response, ref at, HeaderEnd);
        Append(response, ref at, BodyStart);
        Append(response, ref at, id);
        Append(response, ref at, ResultStart);
        Append(response, ref at, result);
        Append(response, ref at, "}"u8);
        return response;
    }

    private static ReadOnlySpan<byte> HeaderStart => "Content-Length: "u8;

    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;

    private static ReadOnlySpan<byte> BodyStart => "{\"jsonrpc\":\"2.0\",\"id\":"u8;

    private static ReadOnlySpan<byte> ResultStart => ",\"result\":"u8;

    private static void Append(byte[] to, ref int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(to.AsSpan(at));
        at += bytes.Length;
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using Containers.Engine.Dockerfile.Editor;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>, <c>/full/delta</c> and <c>/range</c>. The legend lists exactly the
/// engine's token types and modifiers, in order. Delta answers one edit (common prefix and suffix kept) against
/// the last full result sent for the document.
/// </summary>
public sealed class SemanticTokensHandler
{
    private readonly ConcurrentDictionary<string, (string ResultId, int[] Data)> _last = new(StringComparer.Ordinal);
    private int _next;

    public static SemanticTokensLegend Legend { get; } = new(
        [.. Enum.GetNames<SemanticTokenType>().Select(n => char.ToLowerInvariant(n[0]) + n[1..])],
        ["declaration", "definition", "deprecated"]);

    public SemanticTokensResult Full(OpenDocument? document, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return new SemanticTokensResult(null, [], null);
        }

        var data = Encode(DockerfileSemanticTokens.Get(document.Snapshot, null, cancellationToken));
        var resultId = string.Create(CultureInfo.InvariantCulture, $"{document.Version}.{Interlocked.Increment(ref _next)}");
        _last[document.Uri] = (resultId, data);
        return new SemanticTokensResult(resultId, data, null);
    }

    public SemanticTokensResult Delta(OpenDocument? document, string? previousResultId, CancellationToken cancellationToken)
    {
        if (document is null || !_last.TryGetValue(document.Uri, out var previous) || previous.ResultId != previousResultId)
        {
            return Full(document, cancellationToken);
        }

        var full = Full(document, cancellationToken);
        var data = (int[])full.Data!;
        var prefix = 0;
        while (prefix < data.Length && prefix < previous.Data.Length && data[prefix] == previous.Data[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < data.Length - prefix && suffix < previous.Data.Length - prefix
            && data[^(suffix + 1)] == previous.Data[^(suffix + 1)])
        {
            suffix++;
        }

        var edits = prefix == data.Length && prefix == previous.Data.Length
            ? Array.Empty<SemanticTokensEdit>()
            : [new SemanticTokensEdit(prefix, previous.Data.Length - prefix - suffix, data[prefix..(data.Length - suffix)])];
        return new SemanticTokensResult(full.ResultId, null, edits);
    }

    public static SemanticTokensResult Range(OpenDocument? document, LspRange range, CancellationToken cancellationToken) =>
        document is null
            ? new SemanticTokensResult(null, [], null)
            : new SemanticTokensResult(null, Encode(DockerfileSemanticTokens.Get(document.Snapshot, range.ToEngine(), cancellationToken)), null);

    public void Forget(string uri) => _last.TryRemove(uri, out _);

    /// <summary>LSP's relative encoding: five integers per token (line delta, start delta, length, type, modifiers).</summary>
    private static int[] Encode(IReadOnlyList<SemanticToken> tokens)
    {
        var data = new int[tokens.Count * 5];
        int line = 0, character = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            data[i * 5] = token.Line - line;
            data[(i * 5) + 1] = token.Line == line ? token.Character - character : token.Character;
            data[(i * 5) + 2] = token.Length;
            data[(i * 5) + 3] = (int)token.Type;
            data[(i * 5) + 4] = (int)token.Modifiers;
            line = token.Line;
            character = token.Character;
        }

        return data;
    }
}

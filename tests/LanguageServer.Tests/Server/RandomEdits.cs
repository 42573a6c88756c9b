using System.Text;
using System.Text.Json.Nodes;
using Containers.LanguageServer.Tests.Client;

namespace Containers.LanguageServer.Tests.Server;

/// <summary>
/// Random incremental edits for the desynchronisation test, applied to the client's copy by this file's own
/// reading of the LSP rules (UTF-16 characters, \n / \r\n / \r line breaks, positions past a line's end
/// clamped to it), independently of the server's code.
/// </summary>
internal static class RandomEdits
{
    private static readonly string[] s_pieces =
    [
        "FROM ", "RUN ", "COPY --from=", "ARG ", "ENV ", "AS ", "x", "y", "=", "$", "${V}", " ", "  ", "\t", "\n", "\r\n", "\r",
        "\\", "\\\n", "#", "# escape=`\n", "<<EOF\n", "EOF\n", "\"", "'", "[\"a\", \"b\"]", "😀", "é", "--mount=type=cache", "ONBUILD ",
    ];

    public static (object Edit, string Text) Next(Random random, string text)
    {
        var lines = LineStarts(text);
        var start = RandomPosition(random, text, lines);
        var end = random.Next(3) == 0 ? start : RandomPosition(random, text, lines);
        if (Compare(end, start) < 0)
        {
            (start, end) = (end, start);
        }

        var insert = new StringBuilder();
        // Keep the document bounded: long texts mostly shrink.
        var pieces = text.Length > 3000 ? 0 : random.Next(4);
        for (var i = 0; i < pieces; i++)
        {
            insert.Append(s_pieces[random.Next(s_pieces.Length)]);
        }

        var from = Offset(text, lines, start);
        var to = Math.Max(from, Offset(text, lines, end));
        // Never split a surrogate pair: a real editor cannot put the caret inside one.
        from = AvoidSurrogateMiddle(text, from);
        to = AvoidSurrogateMiddle(text, to);
        var edited = string.Concat(text.AsSpan(0, from), insert.ToString(), text.AsSpan(to));
        var startPos = PositionOf(text, lines, from);
        var endPos = PositionOf(text, lines, to);
        // Sometimes address a character past the end of the line (the server must clamp it).
        if (random.Next(10) == 0 && from == to && IsLineEnd(text, from))
        {
            startPos = (startPos.Line, startPos.Character + 5);
            endPos = startPos;
        }

        return (Lsp.Edit(startPos.Line, startPos.Character, endPos.Line, endPos.Character, insert.ToString()), edited);
    }

    /// <summary>Opens the client's text as a second document and asserts the server sees both the same way.</summary>
    public static async Task AssertSameAsFreshParseAsync(LspTestClient client, string uri, string text, int round)
    {
        var fresh = $"file:///fresh/{round}/Dockerfile";
        await client.NotifyAsync("textDocument/didOpen", Lsp.DidOpen(fresh, text));
        foreach (var method in Comparisons)
        {
            var edited = await client.RequestAsync(method, Lsp.Document(uri));
            var parsed = await client.RequestAsync(method, Lsp.Document(fresh));
            Assert.True(edited.ContainsKey("result"), $"{method} failed after round {round}\n{client.Trace}");
            Assert.Equal(Normalize(parsed["result"]), Normalize(edited["result"]));
        }

        await client.NotifyAsync("textDocument/didClose", Lsp.DidClose(fresh));
    }

    /// <summary>Requests whose answers depend on every character of the text.</summary>
    public static List<string> Comparisons { get; } =
        ["textDocument/diagnostic", "textDocument/semanticTokens/full", "textDocument/documentSymbol", "textDocument/foldingRange"];

    private static string Normalize(JsonNode? result)
    {
        if (result is JsonObject report && report.ContainsKey("resultId"))
        {
            report = report.DeepClone().AsObject();
            report.Remove("resultId");
            return report.ToJsonString();
        }

        return result?.ToJsonString() ?? "null";
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (text[i] is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Character) RandomPosition(Random random, string text, List<int> lines)
    {
        var line = random.Next(lines.Count);
        var length = LineEnd(text, lines, line) - lines[line];
        return (line, random.Next(length + 1));
    }

    private static int LineEnd(string text, List<int> lines, int line)
    {
        if (line + 1 >= lines.Count)
        {
            return text.Length;
        }

        var next = lines[line + 1];
        return next >= 2 && text[next - 2] == '\r' && text[next - 1] == '\n' ? next - 2 : next - 1;
    }

    private static int Offset(string text, List<int> lines, (int Line, int Character) position) =>
        Math.Min(lines[position.Line] + position.Character, LineEnd(text, lines, position.Line));

    private static (int Line, int Character) PositionOf(string text, List<int> lines, int offset)
    {
        var line = lines.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - lines[line]);
    }

    private static int AvoidSurrogateMiddle(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]) ? offset - 1 : offset;

    private static bool IsLineEnd(string text, int offset) => offset == text.Length || text[offset] is '\r' or '\n';

    private static int Compare((int Line, int Character) a, (int Line, int Character) b) =>
        a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Character.CompareTo(b.Character);
}

using System.Text.Json.Nodes;

namespace Containers.LanguageServer.Tests.Client;

/// <summary>Applies LSP TextEdits to a text as a client does (all edits against the original text), to check what a fix yields.</summary>
public static class TextEdits
{
    public static string Apply(string text, JsonArray edits)
    {
        var ordered = edits
            .Select(e => (Start: Offset(text, e!["range"]!["start"]!), End: Offset(text, e["range"]!["end"]!), NewText: (string)e["newText"]!))
            .OrderByDescending(e => e.Start)
            .ToList();
        foreach (var (start, end, newText) in ordered)
        {
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
        }

        return text;
    }

    private static int Offset(string text, JsonNode position)
    {
        var line = (int)position["line"]!;
        var character = (int)position["character"]!;
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            var next = text.IndexOf('\n', offset);
            offset = next < 0 ? text.Length : next + 1;
        }

        return Math.Min(offset + character, text.Length);
    }
}

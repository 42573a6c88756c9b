using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Applies incremental <c>didChange</c> edits to a document's text. Positions are LSP positions: 0-based
/// lines ending at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>, and UTF-16 characters. As the specification
/// says, a character past the end of its line means the end of the line; a line past the end of the text
/// means the end of the text. A leading byte-order mark takes no column, as in the engine's positions.
/// </summary>
internal static class DocumentText
{
    private static readonly char[] s_lineBreaks = ['\r', '\n'];

    /// <summary>The offset in <paramref name="text"/> of <paramref name="position"/>, clamped as described above.</summary>
    public static int OffsetOf(string text, LspPosition position)
    {
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var line = 0; line < position.Line; line++)
        {
            var lineBreak = text.IndexOfAny(s_lineBreaks, offset);
            if (lineBreak < 0)
            {
                return text.Length;
            }

            offset = text[lineBreak] == '\r' && lineBreak + 1 < text.Length && text[lineBreak + 1] == '\n' ? lineBreak + 2 : lineBreak + 1;
        }

        var end = text.IndexOfAny(s_lineBreaks, offset);
        if (end < 0)
        {
            end = text.Length;
        }

        return Math.Min(offset + Math.Max(position.Character, 0), end);
    }

    /// <summary>
    /// <paramref name="text"/> with <paramref name="range"/> replaced by <paramref name="newText"/>. A range whose
    /// end comes before its start is taken as the empty range at its start.
    /// </summary>
    public static string Apply(string text, LspRange range, string newText)
    {
        var start = OffsetOf(text, range.Start);
        var end = Math.Max(start, OffsetOf(text, range.End));
        return string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
    }
}

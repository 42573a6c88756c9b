namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// Lists the source offsets of the characters the builder sees in a span of an instruction: what the parser
/// joined into the logical line, without the escape character of a continuation and without the comment and
/// blank lines inside it. Lets later layers (variable references) give exact ranges inside a word that spans lines.
/// </summary>
internal static class ContinuationWalker
{
    /// <summary>Appends to <paramref name="offsets"/> the offset of every logical character of <paramref name="span"/>.</summary>
    public static void LogicalOffsets(string text, char escape, TextSpan span, List<int> offsets)
    {
        var end = Math.Min(span.End, text.Length);
        var i = span.Start;
        while (i < end)
        {
            var c = text[i];
            if (c == escape && IsContinuation(text, i + 1, out var next))
            {
                i = SkipTrivia(text, next);
                continue;
            }

            offsets.Add(i);
            i++;
        }
    }

    /// <summary>True when only blanks follow <paramref name="index"/> up to a line break; <paramref name="next"/> is then the next line's start.</summary>
    private static bool IsContinuation(string text, int index, out int next)
    {
        while (index < text.Length && text[index] is ' ' or '\t')
        {
            index++;
        }

        next = index;
        if (index >= text.Length || text[index] is not ('\n' or '\r'))
        {
            return false;
        }

        next = text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n' ? index + 2 : index + 1;
        return true;
    }

    /// <summary>Skips the blank and comment lines that follow a continuation (the builder drops them).</summary>
    private static int SkipTrivia(string text, int lineStart)
    {
        while (lineStart < text.Length)
        {
            var p = lineStart;
            while (p < text.Length && text[p] is ' ' or '\t')
            {
                p++;
            }

            if (p < text.Length && text[p] is not ('\n' or '\r' or '#'))
            {
                return lineStart;
            }

            while (p < text.Length && text[p] is not ('\n' or '\r'))
            {
                p++;
            }

            if (p >= text.Length)
            {
                return p;
            }

            lineStart = text[p] == '\r' && p + 1 < text.Length && text[p + 1] == '\n' ? p + 2 : p + 1;
        }

        return lineStart;
    }
}

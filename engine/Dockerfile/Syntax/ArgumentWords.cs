namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// An instruction's argument words as the parser found them, before any <see cref="SyntaxToken"/> is made for them
/// (<see cref="Instruction.Arguments"/> makes those when first asked). Places are relative to the instruction's start,
/// so an incremental re-parse that moves the instruction shares this value as it is.
/// </summary>
/// <remarks>
/// Why not tokens at once: a large file's RUN lines are most of its words, and nothing that publishes its diagnostics
/// reads them as tokens (the semantic model scans their places, the rules read <see cref="Instruction.ArgumentsText"/>).
/// A token object and its slot were 56 bytes a word, a word here is 16; on a fresh process every byte allocated is a
/// page faulted in for the first time (issue #10: the first didOpen of a 6,000-line file).
/// </remarks>
/// <param name="Words">The words in order.</param>
/// <param name="LineStarts">
/// Where each line after the instruction's first starts, relative to the instruction's start, through the line of the
/// last word; null when every word is on the first line.
/// </param>
internal readonly record struct ArgumentWords(ArgumentWord[] Words, int[]? LineStarts)
{
    public static ArgumentWords None { get; } = new([], null);

    public int Count => Words.Length;

    /// <summary>Word <paramref name="index"/>'s span in the text, for an instruction starting at <paramref name="origin"/>.</summary>
    public TextSpan SpanAt(int index, int origin) => new(origin + Words[index].Start, Words[index].Length);

    /// <summary>The tokens of the words, for an instruction whose span and range start at <paramref name="origin"/> and <paramref name="start"/>.</summary>
    public SyntaxToken[] ToTokens(int origin, TextPosition start)
    {
        if (Words.Length == 0)
        {
            return [];
        }

        var tokens = new SyntaxToken[Words.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = Words[i];
            var range = new TextRange(PositionAt(word.Start, start), PositionAt(word.Start + word.Length, start));
            tokens[i] = new SyntaxToken(word.Text, SpanAt(i, origin), range);
        }

        return tokens;
    }

    // The position of a place relative to the instruction's start: on its first line the instruction's own column
    // counts, on a later line the place's distance from that line's start.
    private TextPosition PositionAt(int offset, TextPosition start)
    {
        var lineStarts = LineStarts ?? [];
        var line = 0;
        while (line < lineStarts.Length && lineStarts[line] <= offset)
        {
            line++;
        }

        return line == 0
            ? new TextPosition(start.Line, start.Character + offset)
            : new TextPosition(start.Line + line, offset - lineStarts[line - 1]);
    }
}

/// <summary>One argument word: its text as a token would hold it, and its place relative to its instruction's start.</summary>
internal readonly record struct ArgumentWord(string Text, int Start, int Length);

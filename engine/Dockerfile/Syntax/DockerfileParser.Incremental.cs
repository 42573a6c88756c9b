namespace Containers.Engine.Dockerfile.Syntax;

public sealed partial class DockerfileParser
{
    /// <summary>
    /// Parses <paramref name="text"/>, an edited version of <paramref name="previous"/>'s text, reusing the nodes the
    /// edit cannot have changed (issue #10: analysis per edit). The result is exactly what <see cref="Parse"/> gives for
    /// <paramref name="text"/> (tests compare every node after thousands of random edits).
    /// </summary>
    /// <remarks>
    /// The parse is line-based and goes forward only, and between two top-level items (instructions and comment lines)
    /// its only state is the escape character, which the directives at the top decide. So:
    /// <list type="bullet">
    /// <item>An item is kept as it is when the next item starts at or before the line of the first changed character:
    /// everything it read (continuations, the comment and blank lines inside them, here-document bodies) lies before it.
    /// The first item is never re-used this way only, so an edit that could change the directives parses everything.</item>
    /// <item>Parsing restarts at the first item not kept, and stops as soon as it stands, past the edit, at the start
    /// of a line where an old item started: from there the text is the old text and the parser is in the same state, so
    /// the rest of the old items are kept, moved by the edit's offset and line deltas (<see cref="SyntaxShift"/>).</item>
    /// </list>
    /// Where the edit is is found by comparing the two texts (a common prefix and suffix), so any number of changes
    /// between the two versions is one edit here.
    /// </remarks>
    internal static DockerfileSyntax Reparse(DockerfileSyntax previous, string text)
    {
        var old = previous.Text;
        if (string.Equals(old, text, StringComparison.Ordinal))
        {
            return previous;
        }

        var prefix = old.AsSpan().CommonPrefixLength(text);
        var suffix = CommonSuffixLength(old.AsSpan(prefix), text.AsSpan(prefix));
        var items = TopLevelItems(previous);

        // The line of the character before the edit: a change of the line break right before the edit (\r becoming
        // \r\n) then counts as a change of that line.
        var editLine = previous.Lines.GetPosition(Math.Max(0, prefix - 1)).Line;
        var kept = 0;
        while (kept + 1 < items.Count && items[kept + 1].Range.Start.Line <= editLine)
        {
            kept++;
        }

        if (kept == 0)
        {
            return Parse(text);
        }

        var parser = new DockerfileParser(text) { _escape = previous.EscapeCharacter, _line = items[kept].Range.Start.Line };
        parser._directives.AddRange(previous.Directives);
        for (var i = 0; i < kept; i++)
        {
            parser.Add(items[i]);
        }

        var shift = new SyntaxShift(text.Length - old.Length, parser._lines.LineCount - previous.LineCount);
        parser.ParseBody(new Resync(items, kept, text.Length - suffix, shift));
        return new DockerfileSyntax(text, parser._lines, parser._escape, parser._directives, parser._comments, parser._instructions);
    }

    /// <summary>The instructions and top-level comments of <paramref name="syntax"/>, in text order.</summary>
    private static List<SyntaxNode> TopLevelItems(DockerfileSyntax syntax)
    {
        var instructions = syntax.Instructions;
        var comments = syntax.Comments;
        var items = new List<SyntaxNode>(instructions.Count + comments.Count);
        int i = 0, c = 0;
        while (i < instructions.Count || c < comments.Count)
        {
            if (c == comments.Count || (i < instructions.Count && instructions[i].Span.Start < comments[c].Span.Start))
            {
                items.Add(instructions[i++]);
            }
            else
            {
                items.Add(comments[c++]);
            }
        }

        return items;
    }

    /// <summary>How many characters at the end of <paramref name="a"/> and <paramref name="b"/> are the same.</summary>
    internal static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var max = Math.Min(a.Length, b.Length);
        var length = 0;

        // Whole blocks first (vectorised comparisons), then the characters of the block that differs.
        const int Block = 64;
        while (length + Block <= max && a.Slice(a.Length - length - Block, Block).SequenceEqual(b.Slice(b.Length - length - Block, Block)))
        {
            length += Block;
        }

        while (length < max && a[a.Length - length - 1] == b[b.Length - length - 1])
        {
            length++;
        }

        return length;
    }

    private void Add(SyntaxNode item)
    {
        if (item is Instruction instruction)
        {
            _instructions.Add(instruction);
        }
        else
        {
            _comments.Add((Comment)item);
        }
    }

    /// <summary>Where an incremental re-parse may stop and keep the rest of the old items (see <see cref="Reparse"/>).</summary>
    private sealed class Resync(List<SyntaxNode> oldItems, int next, int editEnd, SyntaxShift shift)
    {
        private int _next = next;

        /// <summary>True when the rest of the old items were added, moved, at <paramref name="parser"/>'s line.</summary>
        public bool TryFinish(DockerfileParser parser)
        {
            // Strictly after the edit's end: then whether this line starts where it does is decided by unchanged text too.
            if (parser._lines.LineStart(parser._line) <= editEnd)
            {
                return false;
            }

            var oldLine = parser._line - shift.LineDelta;
            while (_next < oldItems.Count && oldItems[_next].Range.Start.Line < oldLine)
            {
                _next++;
            }

            if (_next == oldItems.Count || oldItems[_next].Range.Start.Line != oldLine)
            {
                return false;
            }

            for (var i = _next; i < oldItems.Count; i++)
            {
                parser.Add(oldItems[i] is Instruction instruction ? shift.Apply(instruction) : shift.Apply((Comment)oldItems[i]));
            }

            parser._line = parser._lines.LineCount;
            return true;
        }
    }
}

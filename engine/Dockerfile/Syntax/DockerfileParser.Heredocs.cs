namespace Containers.Engine.Dockerfile.Syntax;

public sealed partial class DockerfileParser
{
    /// <summary>
    /// Finds the here-document markers of a shell-form RUN/COPY/ADD (or such an ONBUILD trigger) and
    /// consumes their bodies from the following lines, in order. A marker is a word <c>[n]&lt;&lt;[-]WORD</c>
    /// (BuildKit's reHeredoc) or, since BuildKit 0.22 (moby/buildkit#5817), <c>&lt;&lt;</c> followed by a
    /// separate word; quotes around WORD are removed. A body runs to the line equal to WORD (after leading
    /// tabs are stripped for <c>&lt;&lt;-</c>), or to the end of the file.
    /// </summary>
    private IReadOnlyList<Heredoc> ReadHeredocs(LogicalLine logical, in InstructionHead head, ref int lastEnd)
    {
        var target = head.Kind == InstructionKind.Onbuild ? head.Trigger!.Head : head;
        List<Heredoc>? heredocs = null;
        if (target.Form != InstructionForm.Shell)
        {
            return [];
        }

        var words = target.Words;
        for (var i = target.FirstArgumentWord; i < words.Count; i++)
        {
            var (start, end) = words[i];
            var p = start;
            while (p < end && char.IsAsciiDigit(logical[p]))
            {
                p++;
            }

            if (end - p < 2 || logical[p] != '<' || logical[p + 1] != '<')
            {
                continue;
            }

            p += 2;
            var strip = p < end && logical[p] == '-';
            if (strip)
            {
                p++;
            }

            var markerEnd = end;
            string? name;
            if (p == end && i + 1 < words.Count)
            {
                // "<< EOF": the delimiter is the next word; accept only a plain identifier so shell
                // arithmetic such as $((1 << 2)) is never mistaken for a here-document.
                name = Unquote(logical.Slice(words[i + 1].Start, words[i + 1].End));
                if (!IsIdentifier(name))
                {
                    continue;
                }

                markerEnd = words[++i].End;
            }
            else
            {
                name = p < end && logical.Slice(p, end).IndexOf('<', StringComparison.Ordinal) < 0 ? Unquote(CutAtRedirect(logical.Slice(p, end))) : null;
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }
            }

            (heredocs ??= []).Add(ReadHeredocBody(Token(logical, start, markerEnd), name, strip, ref lastEnd));
        }

        return heredocs ?? (IReadOnlyList<Heredoc>)[];
    }

    private Heredoc ReadHeredocBody(SyntaxToken marker, string name, bool strip, ref int lastEnd)
    {
        var bodyStart = _line;
        SyntaxToken? terminator = null;
        while (_line < _lines.LineCount)
        {
            var start = _lines.LineStart(_line);
            var end = _lines.ContentEnd(_line);
            var compareStart = start;
            while (strip && compareStart < end && _text[compareStart] == '\t')
            {
                compareStart++;
            }

            if (end - compareStart == name.Length && string.CompareOrdinal(_text, compareStart, name, 0, name.Length) == 0)
            {
                var span = TextSpan.FromBounds(start, end);
                terminator = new SyntaxToken(_text[start..end], span, _lines.GetRange(span));
                lastEnd = end;
                _line++;
                break;
            }

            lastEnd = end;
            _line++;
        }

        var bodyEndLine = terminator is null ? _line - 1 : _line - 2;
        TextRange? body = bodyEndLine >= bodyStart
            ? _lines.GetRange(TextSpan.FromBounds(_lines.LineStart(bodyStart), _lines.ContentEnd(bodyEndLine)))
            : null;
        var whole = TextSpan.FromBounds(marker.Span.Start, Math.Max(marker.Span.End, lastEnd));
        return new Heredoc(marker, name, strip, body, terminator, whole, _lines.GetRange(whole));
    }

    private static string CutAtRedirect(string word)
    {
        var cut = word.IndexOfAny(['>', '|', ';', '&', ')']);
        return cut < 0 ? word : word[..cut];
    }

    private static string Unquote(string word) =>
        word.Length >= 2 && (word[0] is '"' or '\'') && word[^1] == word[0] ? word[1..^1] : word;

    private static bool IsIdentifier(string word) =>
        word.Length > 0 && (char.IsAsciiLetter(word[0]) || word[0] == '_') && word.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

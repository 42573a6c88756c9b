namespace Containers.Engine.Dockerfile.Syntax;

public sealed partial class DockerfileParser
{
    /// <summary>
    /// Parser directives: <c>#name=value</c> lines (blanks allowed around <c>#</c> and <c>=</c>) for a known
    /// name, read until the first line that is not one. An unknown directive is a plain comment and ends
    /// the directives, as BuildKit's reference describes. Only a valid <c>escape</c> changes the escape
    /// character, and only the first one counts.
    /// </summary>
    private void ParseDirectives()
    {
        var escapeSeen = false;
        while (_line < _lines.LineCount)
        {
            var start = _lines.LineStart(_line);
            var end = _lines.ContentEnd(_line);
            var hash = SkipBlanks(start, end);
            if (hash == end || _text[hash] != '#')
            {
                return;
            }

            var nameStart = SkipBlanks(hash + 1, end);
            var nameEnd = nameStart;
            if (nameEnd < end && char.IsAsciiLetter(_text[nameEnd]))
            {
                nameEnd++;
                while (nameEnd < end && char.IsAsciiLetterOrDigit(_text[nameEnd]))
                {
                    nameEnd++;
                }
            }

            var equals = SkipBlanks(nameEnd, end);
            if (nameEnd == nameStart || equals == end || _text[equals] != '=')
            {
                return;
            }

            var valueStart = SkipBlanks(equals + 1, end);
            var valueEnd = end;
            while (valueEnd > valueStart && IsBlank(_text[valueEnd - 1]))
            {
                valueEnd--;
            }

            var name = _text[nameStart..nameEnd];
            if (valueEnd == valueStart || !IsKnownDirective(name))
            {
                return;
            }

            var value = _text[valueStart..valueEnd];
            var nameSpan = TextSpan.FromBounds(nameStart, nameEnd);
            var valueSpan = TextSpan.FromBounds(valueStart, valueEnd);
            var span = TextSpan.FromBounds(hash, end);
            _directives.Add(new ParserDirective(
                new SyntaxToken(name, nameSpan, _lines.GetRange(nameSpan)),
                new SyntaxToken(value, valueSpan, _lines.GetRange(valueSpan)),
                span,
                _lines.GetRange(span)));

            if (string.Equals(name, "escape", StringComparison.OrdinalIgnoreCase) && !escapeSeen)
            {
                escapeSeen = true;
                if (value is "\\" or "`")
                {
                    _escape = value[0];
                }
            }

            _line++;
        }
    }

    private static bool IsKnownDirective(string name) =>
        string.Equals(name, "syntax", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "escape", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "check", StringComparison.OrdinalIgnoreCase);
}

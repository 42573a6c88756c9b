namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// Parses Dockerfile text into a <see cref="DockerfileSyntax"/> the way BuildKit's parser splits it
/// (moby/buildkit frontend/dockerfile/parser): parser directives at the top, then comment lines and
/// instructions whose lines are joined at the escape character; comment and blank lines inside a
/// continuation are dropped from the logical line but kept in the tree; RUN/COPY/ADD here-documents own
/// their body lines. Error-tolerant: any text gives a tree, never an exception.
/// </summary>
public sealed partial class DockerfileParser
{
    private readonly string _text;
    private readonly LineMap _lines;
    private readonly List<ParserDirective> _directives = [];
    private readonly List<Comment> _comments = [];
    private readonly List<Instruction> _instructions = [];
    private readonly LogicalLine _logical = new();
    private readonly List<(int Start, int End)> _words = [];
    private readonly List<(int Start, int End)> _triggerWords = [];
    private readonly List<InstructionFlag> _flags = [];
    private readonly List<InstructionFlag> _triggerFlags = [];
    private readonly List<ArgumentWord> _arguments = [];
    private readonly StringCache _strings = new();
    private char _escape = '\\';
    private int _line;

    private DockerfileParser(string text)
    {
        _text = text;
        _lines = new LineMap(text);
    }

    /// <summary>Parses <paramref name="text"/>; LF, CRLF and CR line breaks and a leading BOM are all accepted.</summary>
    /// <param name="text">The whole Dockerfile.</param>
    /// <returns>The syntax tree; never null, whatever the text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static DockerfileSyntax Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new DockerfileParser(text);
        parser.ParseDirectives();
        parser.ParseBody();
        return new DockerfileSyntax(text, parser._lines, parser._escape, parser._directives, parser._comments, parser._instructions);
    }

    /// <param name="resync">Set by an incremental re-parse: where it may stop and keep the old tree's rest.</param>
    private void ParseBody(Resync? resync = null)
    {
        while (_line < _lines.LineCount)
        {
            if (resync is not null && resync.TryFinish(this))
            {
                return;
            }

            var start = _lines.LineStart(_line);
            var end = _lines.ContentEnd(_line);
            var first = SkipBlanks(start, end);
            if (first == end)
            {
                _line++;
                continue;
            }

            if (_text[first] == '#')
            {
                _comments.Add(MakeComment(first, end));
                _line++;
                continue;
            }

            _instructions.Add(ParseInstruction(first));
        }
    }

    /// <summary>Reads one instruction starting at <paramref name="first"/> (its first non-blank character) and every line it continues onto.</summary>
    private Instruction ParseInstruction(int first)
    {
        var logical = _logical;
        logical.Clear();
        List<Comment>? comments = null;
        List<int>? emptyLines = null;
        var segmentStart = first;
        int lastEnd;
        while (true)
        {
            var end = _lines.ContentEnd(_line);
            var trimmed = end;
            while (trimmed > segmentStart && _text[trimmed - 1] is ' ' or '\t')
            {
                trimmed--;
            }

            if (trimmed <= segmentStart || _text[trimmed - 1] != _escape)
            {
                logical.Append(_text, segmentStart, end);
                lastEnd = end;
                _line++;
                break;
            }

            // Line continuation: the escape character (and blanks after it) ends the line.
            logical.Append(_text, segmentStart, trimmed - 1);
            lastEnd = end;
            _line++;
            SkipContinuationTrivia(ref comments, ref emptyLines);
            if (_line >= _lines.LineCount)
            {
                break;
            }

            segmentStart = _lines.LineStart(_line);
        }

        var head = ParseHead(logical, 0);
        var heredocs = head.Kind is InstructionKind.Run or InstructionKind.Copy or InstructionKind.Add
            || (head.Kind == InstructionKind.Onbuild && head.Trigger?.Head.Kind is InstructionKind.Run or InstructionKind.Copy or InstructionKind.Add)
            ? ReadHeredocs(logical, head, ref lastEnd)
            : [];

        var span = TextSpan.FromBounds(first, lastEnd);
        return Create(head, comments ?? (IReadOnlyList<Comment>)[], emptyLines ?? (IReadOnlyList<int>)[], heredocs, span);
    }

    /// <summary>Comment and blank lines inside a continuation belong to the instruction but not to its logical line.</summary>
    private void SkipContinuationTrivia(ref List<Comment>? comments, ref List<int>? emptyLines)
    {
        while (_line < _lines.LineCount)
        {
            var start = _lines.LineStart(_line);
            var end = _lines.ContentEnd(_line);
            var first = SkipBlanks(start, end);
            if (first == end)
            {
                (emptyLines ??= []).Add(_line);
            }
            else if (_text[first] == '#')
            {
                (comments ??= []).Add(MakeComment(first, end));
            }
            else
            {
                return;
            }

            _line++;
        }
    }

    private Instruction Create(in InstructionHead head, IReadOnlyList<Comment> comments, IReadOnlyList<int> emptyLines, IReadOnlyList<Heredoc> heredocs, TextSpan span)
    {
        var range = _lines.GetRange(span);
        var parts = new InstructionParts(
            head.Keyword, head.Flags, Words(head.Arguments, span.Start, range.Start.Line), head.Form, head.ArgumentsText, head.ArgumentsRange,
            comments, emptyLines, heredocs, span, range);
        return Instruction.Create(head.Kind, parts, head.Kind == InstructionKind.Onbuild && head.Trigger is { } trigger ? Create(trigger.Head, [], [], [], trigger.Head.Span) : null);
    }

    private Comment MakeComment(int hash, int end)
    {
        var span = TextSpan.FromBounds(hash, end);
        return new Comment(_text[(hash + 1)..end], span, _lines.GetRange(span));
    }

    private int SkipBlanks(int index, int end)
    {
        while (index < end && _text[index] is ' ' or '\t')
        {
            index++;
        }

        return index;
    }

    /// <summary>The argument words with the starts of the lines they reach past the instruction's first (relative to <paramref name="origin"/>).</summary>
    private ArgumentWords Words(ArgumentWord[] words, int origin, int firstLine)
    {
        if (words.Length == 0)
        {
            return ArgumentWords.None;
        }

        var last = words[^1];
        var lastLine = _lines.GetPosition(origin + last.Start + last.Length).Line;
        if (lastLine == firstLine)
        {
            return new ArgumentWords(words, null);
        }

        var lineStarts = new int[lastLine - firstLine];
        for (var i = 0; i < lineStarts.Length; i++)
        {
            lineStarts[i] = _lines.LineStart(firstLine + 1 + i) - origin;
        }

        return new ArgumentWords(words, lineStarts);
    }

    private ArgumentWord Word(LogicalLine logical, int start, int end, int origin, string? text = null)
    {
        var span = logical.SourceSpan(start, end);
        return new ArgumentWord(text ?? _strings.Get(logical.Span(start, end)), span.Start - origin, span.Length);
    }

    private SyntaxToken Token(LogicalLine logical, int start, int end, string? text = null)
    {
        var span = logical.SourceSpan(start, end);
        return new SyntaxToken(text ?? _strings.Get(logical.Span(start, end)), span, _lines.GetRange(span));
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';
}

using System.Runtime.InteropServices;
using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>
/// Finds variable references in a piece of an instruction the way BuildKit's shell lexer
/// (frontend/dockerfile/shell/lex.go) reads them: <c>$NAME</c>, <c>${NAME}</c> and <c>${NAME op word}</c> with the
/// operators <c>:- - :+ + :? ? # ## % %% / //</c> (references inside <c>word</c> included); the escape character
/// makes the next character literal; nothing is expanded inside single quotes (except in here-document bodies).
/// </summary>
internal sealed class VariableScanner
{
    private readonly string _text;
    private readonly char _escape;
    private readonly List<int> _offsets = [];
    private readonly List<char> _chars = [];

    private readonly StringCache _names;

    /// <summary>Scans <paramref name="text"/>, whose escape character is <paramref name="escape"/>.</summary>
    /// <param name="text">The whole Dockerfile.</param>
    /// <param name="escape">Its escape character.</param>
    /// <param name="names">Where the names found come from: a file's references repeat a few names, one string each.</param>
    public VariableScanner(string text, char escape, StringCache names)
    {
        _text = text;
        _escape = escape;
        _names = names;
    }

    /// <summary>One reference found, in source offsets.</summary>
    public readonly record struct Found(string Name, TextSpan Whole, TextSpan NameSpan, string? Modifier);

    /// <summary>Appends the references in <paramref name="span"/> (an instruction's word or flag: continuations skipped).</summary>
    public void Scan(TextSpan span, bool singleQuotesAreLiteral, List<Found> found)
    {
        if (span.Length == 0 || _text.IndexOf('$', span.Start, Math.Min(span.Length, _text.Length - span.Start)) < 0)
        {
            return;
        }

        _offsets.Clear();
        _chars.Clear();
        ContinuationWalker.LogicalOffsets(_text, _escape, span, _offsets);
        foreach (var offset in _offsets)
        {
            _chars.Add(_text[offset]);
        }

        ScanRange(0, _chars.Count, singleQuotesAreLiteral, found, 0);
    }

    /// <summary>Appends the references in a here-document body: no continuations, and quotes do not stop expansion.</summary>
    public void ScanRaw(TextSpan span, List<Found> found)
    {
        if (span.Length == 0 || _text.IndexOf('$', span.Start, Math.Min(span.Length, _text.Length - span.Start)) < 0)
        {
            return;
        }

        _offsets.Clear();
        _chars.Clear();
        for (var i = span.Start; i < span.End && i < _text.Length; i++)
        {
            _offsets.Add(i);
            _chars.Add(_text[i]);
        }

        ScanRange(0, _chars.Count, singleQuotesAreLiteral: false, found, 0);
    }

    private void ScanRange(int start, int end, bool singleQuotesAreLiteral, List<Found> found, int depth)
    {
        var inSingle = false;
        var inDouble = false;
        var i = start;
        while (i < end)
        {
            var c = _chars[i];
            if (inSingle)
            {
                inSingle = c != '\'';
                i++;
                continue;
            }

            if (c == _escape && i + 1 < end)
            {
                i += 2;
                continue;
            }

            if (c == '\'' && singleQuotesAreLiteral && !inDouble)
            {
                inSingle = true;
                i++;
                continue;
            }

            if (c == '"')
            {
                inDouble = !inDouble;
                i++;
                continue;
            }

            if (c != '$' || i + 1 >= end)
            {
                i++;
                continue;
            }

            i = _chars[i + 1] == '{' ? ReadBraced(i, end, singleQuotesAreLiteral, found, depth) : ReadPlain(i, end, found);
        }
    }

    private int ReadPlain(int dollar, int end, List<Found> found)
    {
        var nameEnd = NameEnd(dollar + 1, end);
        if (nameEnd == dollar + 1)
        {
            return dollar + 1;
        }

        found.Add(new Found(Slice(dollar + 1, nameEnd), Span(dollar, nameEnd), Span(dollar + 1, nameEnd), null));
        return nameEnd;
    }

    private int ReadBraced(int dollar, int end, bool singleQuotesAreLiteral, List<Found> found, int depth)
    {
        var nameStart = dollar + 2;
        var nameEnd = NameEnd(nameStart, end);
        if (nameEnd == nameStart)
        {
            return dollar + 2;
        }

        var close = FindClose(nameEnd, end);
        string? modifier = null;
        var wordStart = nameEnd;
        if (nameEnd < end && _chars[nameEnd] != '}')
        {
            var op = OperatorLength(nameEnd, end);
            modifier = op > 0 ? Slice(nameEnd, nameEnd + op) : null;
            wordStart = nameEnd + op;
        }

        var wholeEnd = close < 0 ? end : close + 1;
        found.Add(new Found(Slice(nameStart, nameEnd), Span(dollar, wholeEnd), Span(nameStart, nameEnd), modifier));
        var wordEnd = close < 0 ? end : close;
        // Nesting deeper than any real Dockerfile is not followed (keeps the stack and the time bounded).
        if (wordStart < wordEnd && depth < 32)
        {
            ScanRange(wordStart, wordEnd, singleQuotesAreLiteral, found, depth + 1);
        }

        return wholeEnd;
    }

    private int OperatorLength(int at, int end)
    {
        var c = _chars[at];
        var next = at + 1 < end ? _chars[at + 1] : '\0';
        return c switch
        {
            ':' when next is '-' or '+' or '?' => 2,
            '-' or '+' or '?' => 1,
            '#' or '%' or '/' when next == c => 2,
            '#' or '%' or '/' => 1,
            _ => 0,
        };
    }

    /// <summary>The index of the <c>}</c> closing a <c>${</c> whose name ends at <paramref name="from"/>; -1 when missing.</summary>
    private int FindClose(int from, int end)
    {
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            var c = _chars[i];
            if (c == _escape && i + 1 < end)
            {
                i++;
            }
            else if (c == '$' && i + 1 < end && _chars[i + 1] == '{')
            {
                depth++;
                i++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        return -1;
    }

    private int NameEnd(int start, int end)
    {
        if (start >= end || !(char.IsAsciiLetter(_chars[start]) || _chars[start] == '_'))
        {
            return start;
        }

        var i = start + 1;
        while (i < end && (char.IsAsciiLetterOrDigit(_chars[i]) || _chars[i] == '_'))
        {
            i++;
        }

        return i;
    }

    private string Slice(int start, int end) => _names.Get(CollectionsMarshal.AsSpan(_chars)[start..end]);

    private TextSpan Span(int start, int end) => TextSpan.FromBounds(_offsets[start], _offsets[end - 1] + 1);
}

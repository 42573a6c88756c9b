using System.Text;

namespace Containers.Engine.Dockerfile.Syntax;

public sealed partial class DockerfileParser
{
    private static readonly Dictionary<string, InstructionKind> s_keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ADD"] = InstructionKind.Add,
        ["ARG"] = InstructionKind.Arg,
        ["CMD"] = InstructionKind.Cmd,
        ["COPY"] = InstructionKind.Copy,
        ["ENTRYPOINT"] = InstructionKind.Entrypoint,
        ["ENV"] = InstructionKind.Env,
        ["EXPOSE"] = InstructionKind.Expose,
        ["FROM"] = InstructionKind.From,
        ["HEALTHCHECK"] = InstructionKind.Healthcheck,
        ["LABEL"] = InstructionKind.Label,
        ["MAINTAINER"] = InstructionKind.Maintainer,
        ["ONBUILD"] = InstructionKind.Onbuild,
        ["RUN"] = InstructionKind.Run,
        ["SHELL"] = InstructionKind.Shell,
        ["STOPSIGNAL"] = InstructionKind.Stopsignal,
        ["USER"] = InstructionKind.User,
        ["VOLUME"] = InstructionKind.Volume,
        ["WORKDIR"] = InstructionKind.Workdir,
    };

    private static readonly string[] s_keywordNames = [.. s_keywords.Keys];

    /// <summary>Keyword, flags and arguments of the logical line from <paramref name="start"/>.</summary>
    /// <param name="logical">The instruction's logical line.</param>
    /// <param name="start">Where the keyword may start (after blanks).</param>
    /// <param name="isTrigger">
    /// True for an ONBUILD trigger: a trigger's own ONBUILD is not parsed further (BuildKit forbids chaining),
    /// so a line of a million "ONBUILD" words cannot recurse a million levels deep.
    /// </param>
    private InstructionHead ParseHead(LogicalLine logical, int start, bool isTrigger = false)
    {
        var length = logical.Length;
        var keywordStart = start;
        while (keywordStart < length && IsBlank(logical[keywordStart]))
        {
            keywordStart++;
        }

        var keywordEnd = keywordStart;
        while (keywordEnd < length && !IsBlank(logical[keywordEnd]))
        {
            keywordEnd++;
        }

        var keyword = Token(logical, keywordStart, keywordEnd, KnownWord(logical, keywordStart, keywordEnd, s_keywordNames));
        var kind = s_keywords.GetValueOrDefault(keyword.Text, InstructionKind.Unknown);

        // Flags: leading words that start with "--" (BuildKit's extractBuilderFlags does this for every instruction).
        // The word and token lists are the parser's own, reused for every instruction (a trigger has its own pair, as
        // its head is parsed while its ONBUILD's is still in use); what the tree keeps is copied out at its size.
        var flags = isTrigger ? _triggerFlags : _flags;
        flags.Clear();
        var words = SplitWords(isTrigger ? _triggerWords : _words, logical, keywordEnd, length);
        var argumentsStart = keywordEnd;
        var firstArgumentWord = 0;
        foreach (var (wordStart, wordEnd) in words)
        {
            if (wordEnd - wordStart <= 2 || logical[wordStart] != '-' || logical[wordStart + 1] != '-' || kind == InstructionKind.Onbuild)
            {
                break;
            }

            flags.Add(ParseFlag(logical, wordStart, wordEnd));
            argumentsStart = wordEnd;
            firstArgumentWord++;
        }

        while (argumentsStart < length && IsBlank(logical[argumentsStart]))
        {
            argumentsStart++;
        }

        var argumentsEnd = length;
        while (argumentsEnd > argumentsStart && IsBlank(logical[argumentsEnd - 1]))
        {
            argumentsEnd--;
        }

        var argumentsSpan = logical.SourceSpan(argumentsStart, argumentsEnd);
        var form = InstructionForm.Shell;

        // Argument words are kept relative to where the instruction starts (ArgumentWords), which is its keyword.
        var origin = logical.SourceSpan(keywordStart, keywordStart).Start;
        var arguments = _arguments;
        arguments.Clear();
        if (HasJsonForm(kind) && argumentsStart < argumentsEnd && logical[argumentsStart] == '['
            && TryParseJsonArray(logical, argumentsStart, argumentsEnd, origin, arguments))
        {
            form = InstructionForm.Json;
        }
        else
        {
            arguments.Clear();
            for (var i = firstArgumentWord; i < words.Count; i++)
            {
                arguments.Add(Word(logical, words[i].Start, words[i].End, origin));
            }
        }

        // Copied out before a trigger's head reuses the argument list.
        IReadOnlyList<InstructionFlag> keptFlags = flags.Count == 0 ? [] : flags.ToArray();
        ArgumentWord[] keptArguments = arguments.Count == 0 ? [] : arguments.ToArray();
        TriggerHead? trigger = null;
        if (kind == InstructionKind.Onbuild && argumentsStart < argumentsEnd && !isTrigger)
        {
            trigger = new TriggerHead(ParseHead(logical, argumentsStart, isTrigger: true));
        }

        // Through the cache: a one-word argument's text (ENV A=b, LABEL, WORKDIR) is then the string of its token.
        var argumentsText = _strings.Get(logical.Span(argumentsStart, argumentsEnd));
        var span = logical.SourceSpan(keywordStart, argumentsEnd > keywordEnd ? argumentsEnd : keywordEnd);
        return new InstructionHead(
            kind, keyword, keptFlags, keptArguments, form, argumentsText, _lines.GetRange(argumentsSpan),
            words, firstArgumentWord, trigger, span);
    }

    /// <summary>
    /// The shared string of <paramref name="names"/> that the word at [<paramref name="start"/>, <paramref name="end"/>)
    /// spells exactly, or null. Keywords start every line of a large file: one string each, not one per use (other
    /// repeated words, flag names among them, share theirs through the parse's <see cref="StringCache"/>).
    /// </summary>
    private static string? KnownWord(LogicalLine logical, int start, int end, string[] names)
    {
        var word = logical.Span(start, end);
        foreach (var name in names)
        {
            if (word.SequenceEqual(name))
            {
                return name;
            }
        }

        return null;
    }

    private InstructionFlag ParseFlag(LogicalLine logical, int start, int end)
    {
        var equals = start + 2;
        while (equals < end && logical[equals] != '=')
        {
            equals++;
        }

        var name = Token(logical, start + 2, equals);
        var value = equals < end ? Token(logical, equals + 1, end) : null;
        var span = logical.SourceSpan(start, end);
        return new InstructionFlag(name, value, span, _lines.GetRange(span));
    }

    private static bool HasJsonForm(InstructionKind kind) => kind is InstructionKind.Run or InstructionKind.Cmd
        or InstructionKind.Entrypoint or InstructionKind.Shell or InstructionKind.Volume or InstructionKind.Add or InstructionKind.Copy;

    /// <summary>
    /// Whitespace-separated words; quotes group (the quotes stay in the word) and the escape character
    /// escapes the next character outside single quotes.
    /// </summary>
    private List<(int Start, int End)> SplitWords(List<(int Start, int End)> words, LogicalLine logical, int index, int end)
    {
        words.Clear();
        while (true)
        {
            while (index < end && IsBlank(logical[index]))
            {
                index++;
            }

            if (index >= end)
            {
                return words;
            }

            var start = index;
            var quote = '\0';
            while (index < end)
            {
                var c = logical[index];
                if (quote != '\0')
                {
                    if (c == quote)
                    {
                        quote = '\0';
                    }
                    else if (c == _escape && quote == '"' && index + 1 < end)
                    {
                        index++;
                    }
                }
                else if (IsBlank(c))
                {
                    break;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == _escape && index + 1 < end)
                {
                    index++;
                }

                index++;
            }

            words.Add((start, index));
        }
    }

    /// <summary>
    /// A JSON array of strings filling [start, end) exactly, as BuildKit's parseJSON accepts it (Go's
    /// encoding/json); anything else means shell form. Tokens hold the unescaped strings with the range of
    /// the string literal, quotes included.
    /// </summary>
    private bool TryParseJsonArray(LogicalLine logical, int start, int end, int origin, List<ArgumentWord> tokens)
    {
        var p = start + 1;
        SkipJsonBlanks(logical, ref p, end);
        if (p < end && logical[p] == ']')
        {
            p++;
            SkipJsonBlanks(logical, ref p, end);
            return p == end;
        }

        var value = new StringBuilder();
        while (true)
        {
            if (p >= end || logical[p] != '"')
            {
                return false;
            }

            var literalStart = p++;
            value.Clear();
            while (true)
            {
                if (p >= end)
                {
                    return false;
                }

                var c = logical[p];
                if (c == '"')
                {
                    p++;
                    break;
                }

                if (c < ' ')
                {
                    return false;
                }

                if (c != '\\')
                {
                    value.Append(c);
                    p++;
                    continue;
                }

                if (p + 1 >= end)
                {
                    return false;
                }

                var escaped = logical[p + 1];
                p += 2;
                switch (escaped)
                {
                    case '"' or '\\' or '/': value.Append(escaped); break;
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'n': value.Append('\n'); break;
                    case 'r': value.Append('\r'); break;
                    case 't': value.Append('\t'); break;
                    case 'u' when p + 4 <= end && ushort.TryParse(logical.Slice(p, p + 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code):
                        value.Append((char)code);
                        p += 4;
                        break;
                    default: return false;
                }
            }

            tokens.Add(Word(logical, literalStart, p, origin, value.ToString()));
            SkipJsonBlanks(logical, ref p, end);
            if (p < end && logical[p] == ',')
            {
                p++;
                SkipJsonBlanks(logical, ref p, end);
                continue;
            }

            if (p < end && logical[p] == ']')
            {
                p++;
                SkipJsonBlanks(logical, ref p, end);
                return p == end;
            }

            return false;
        }
    }

    private static void SkipJsonBlanks(LogicalLine logical, ref int p, int end)
    {
        while (p < end && IsBlank(logical[p]))
        {
            p++;
        }
    }

    /// <summary>An instruction's first line(s), before the node class is chosen.</summary>
    /// <summary>
    /// What <see cref="ParseHead"/> found, on its way into <see cref="InstructionParts"/>: a struct, as it lives only
    /// while its instruction is parsed (a garbage object per instruction is memory a fresh process faults in).
    /// </summary>
    private readonly record struct InstructionHead(
        InstructionKind Kind,
        SyntaxToken Keyword,
        IReadOnlyList<InstructionFlag> Flags,
        ArgumentWord[] Arguments,
        InstructionForm Form,
        string ArgumentsText,
        TextRange ArgumentsRange,
        List<(int Start, int End)> Words,
        int FirstArgumentWord,
        TriggerHead? Trigger,
        TextSpan Span);

    /// <summary>An ONBUILD's trigger (a struct cannot hold one of its own kind).</summary>
    private sealed record TriggerHead(InstructionHead Head);
}

using System.Text;

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>What a name is bound to when a word is evaluated.</summary>
/// <param name="IsKnown">False when the value cannot be known from the Dockerfile alone.</param>
/// <param name="Value">The value; null when unset.</param>
internal readonly record struct VariableValue(bool IsKnown, string? Value)
{
    public static VariableValue Unknown => new(false, null);

    public static VariableValue Unset => new(true, null);
}

/// <summary>
/// Evaluates a word as BuildKit's shell lexer does for builder-expanded instructions (quote removal, escapes,
/// <c>$NAME</c>, <c>${NAME op word}</c>), giving up (null) as soon as an unknowable value would be needed.
/// </summary>
internal static class SubstitutionEvaluator
{
    // Bounds that keep any text, however hostile, evaluating in microseconds (issue #9: fuzzing never takes over 1 s).
    private const int MaxDepth = 32;
    private const int MaxPatternSubject = 512;

    /// <summary>The value of <paramref name="word"/>, or null when it depends on an unknown value or is malformed.</summary>
    public static string? Evaluate(string word, char escape, Func<string, VariableValue> lookup)
    {
        // Nothing to substitute or unquote (most values: ENV A=value): the word is its own value, no builder, no copy.
        if (word.AsSpan().IndexOfAny('\'', '"', '$') < 0 && !word.Contains(escape, StringComparison.Ordinal))
        {
            return word;
        }

        var output = new StringBuilder(word.Length);
        var i = 0;
        return Process(word, ref i, word.Length, escape, lookup, output, inWord: false, depth: 0) ? output.ToString() : null;
    }

    private static bool Process(string s, ref int i, int end, char escape, Func<string, VariableValue> lookup, StringBuilder output, bool inWord, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        var inDouble = false;
        while (i < end)
        {
            var c = s[i];
            if (inWord && !inDouble && c == '}')
            {
                return true;
            }

            if (c == '\'' && !inDouble)
            {
                var close = s.IndexOf('\'', i + 1);
                if (close < 0 || close >= end)
                {
                    return false;
                }

                output.Append(s, i + 1, close - i - 1);
                i = close + 1;
                continue;
            }

            if (c == '"')
            {
                inDouble = !inDouble;
                i++;
                continue;
            }

            if (c == escape)
            {
                if (i + 1 >= end)
                {
                    i++;
                    continue;
                }

                var next = s[i + 1];
                if (inDouble && next != '"' && next != '$' && next != escape)
                {
                    output.Append(c);
                }

                output.Append(next);
                i += 2;
                continue;
            }

            if (c == '$' && i + 1 < end)
            {
                if (!Dollar(s, ref i, end, escape, lookup, output, depth))
                {
                    return false;
                }

                continue;
            }

            output.Append(c);
            i++;
        }

        return !inDouble && !inWord;
    }

    private static bool Dollar(string s, ref int i, int end, char escape, Func<string, VariableValue> lookup, StringBuilder output, int depth)
    {
        var braced = s[i + 1] == '{';
        var nameStart = braced ? i + 2 : i + 1;
        var nameEnd = nameStart;
        if (nameEnd < end && (char.IsAsciiLetter(s[nameEnd]) || s[nameEnd] == '_'))
        {
            nameEnd++;
            while (nameEnd < end && (char.IsAsciiLetterOrDigit(s[nameEnd]) || s[nameEnd] == '_'))
            {
                nameEnd++;
            }
        }

        if (nameEnd == nameStart)
        {
            // "$" not followed by a name stays literal in the builder; "${" without a name is an error there.
            if (braced)
            {
                return false;
            }

            output.Append('$');
            i++;
            return true;
        }

        var value = lookup(s[nameStart..nameEnd]);
        if (!braced)
        {
            i = nameEnd;
            return Append(value, output);
        }

        var p = nameEnd;
        if (p < end && s[p] == '}')
        {
            i = p + 1;
            return Append(value, output);
        }

        var op = p < end ? s[p].ToString() : string.Empty;
        if (p + 1 < end && (s[p] == ':' || s[p + 1] == s[p]) && s[p + 1] is '-' or '+' or '?' or '#' or '%' or '/')
        {
            op += s[p + 1];
        }

        if (op is not (":-" or "-" or ":+" or "+" or ":?" or "?" or "#" or "##" or "%" or "%%" or "/" or "//"))
        {
            return false;
        }

        p += op.Length;
        var word = new StringBuilder();
        if (!Process(s, ref p, end, escape, lookup, word, inWord: true, depth + 1) || p >= end || s[p] != '}')
        {
            return false;
        }

        i = p + 1;
        if (!value.IsKnown)
        {
            return false;
        }

        var v = value.Value;
        if (op[^1] is '#' or '%' or '/' && (v?.Length ?? 0) > MaxPatternSubject)
        {
            // Pattern matching is quadratic or worse in the value's length; a value this long is left unknown.
            return false;
        }

        switch (op)
        {
            case ":-": output.Append(string.IsNullOrEmpty(v) ? word.ToString() : v); return true;
            case "-": output.Append(v ?? word.ToString()); return true;
            case ":+": output.Append(string.IsNullOrEmpty(v) ? string.Empty : word.ToString()); return true;
            case "+": output.Append(v is null ? string.Empty : word.ToString()); return true;
            case ":?": if (string.IsNullOrEmpty(v)) { return false; } output.Append(v); return true;
            case "?": if (v is null) { return false; } output.Append(v); return true;
            case "/" or "//":
                var slash = word.ToString().IndexOf('/', StringComparison.Ordinal);
                var pattern = slash < 0 ? word.ToString() : word.ToString()[..slash];
                var replacement = slash < 0 ? string.Empty : word.ToString()[(slash + 1)..];
                output.Append(Glob.Replace(v ?? string.Empty, pattern, replacement, all: op == "//"));
                return true;
            default:
                output.Append(Glob.Trim(v ?? string.Empty, word.ToString(), prefix: op[0] == '#', longest: op.Length == 2));
                return true;
        }
    }

    private static bool Append(VariableValue value, StringBuilder output)
    {
        if (!value.IsKnown)
        {
            return false;
        }

        output.Append(value.Value);
        return true;
    }
}

namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>The shell patterns of <c>${V#p}</c>, <c>${V%p}</c>, <c>${V/p/r}</c>: <c>*</c> any run, <c>?</c> any character, the rest literal.</summary>
internal static class Glob
{
    public static bool IsMatch(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern)
    {
        // Iterative matcher with one backtrack point per star: linear for the patterns Dockerfiles use.
        int t = 0, p = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]) && pattern[p] != '*')
            {
                t++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>Removes the shortest or longest prefix or suffix of <paramref name="value"/> matching <paramref name="pattern"/>.</summary>
    public static string Trim(string value, string pattern, bool prefix, bool longest)
    {
        for (var k = 0; k <= value.Length; k++)
        {
            var length = longest ? value.Length - k : k;
            var candidate = prefix ? value.AsSpan(0, length) : value.AsSpan(value.Length - length);
            if (IsMatch(candidate, pattern))
            {
                return prefix ? value[length..] : value[..(value.Length - length)];
            }
        }

        return value;
    }

    /// <summary>Replaces the first (or every) longest match of <paramref name="pattern"/>.</summary>
    public static string Replace(string value, string pattern, string replacement, bool all)
    {
        if (pattern.Length == 0)
        {
            return value;
        }

        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i < value.Length)
        {
            var matched = -1;
            for (var length = value.Length - i; length > 0; length--)
            {
                if (IsMatch(value.AsSpan(i, length), pattern))
                {
                    matched = length;
                    break;
                }
            }

            if (matched < 0)
            {
                result.Append(value[i]);
                i++;
                continue;
            }

            result.Append(replacement);
            i += matched;
            if (!all)
            {
                result.Append(value, i, value.Length - i);
                return result.ToString();
            }
        }

        return result.ToString();
    }
}

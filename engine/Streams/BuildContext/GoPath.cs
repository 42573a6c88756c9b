namespace Containers.Engine.Streams.BuildContext;

/// <summary>
/// Go's <c>path/filepath</c> helpers the docker CLI applies to .dockerignore patterns, on slash paths (the CLI
/// on Linux; the daemon is Linux): <c>Clean</c> and the syntax check <c>filepath.Match</c> performs.
/// </summary>
internal static class GoPath
{
    /// <summary>Go's <c>filepath.Clean</c>: collapses slashes, drops <c>.</c>, resolves <c>..</c> lexically; "" becomes ".".</summary>
    public static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }
        bool rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (string part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add("..");
                }
                continue;
            }
            parts.Add(part);
        }
        string joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }

    /// <summary>
    /// True when <paramref name="pattern"/> is well formed for Go's <c>filepath.Match</c> on Unix: every
    /// <c>[</c> class is closed and has at least one range whose ends are not <c>-</c> or <c>]</c>, and no
    /// backslash ends the pattern. Go reports the others as <c>ErrBadPattern</c> ("syntax error in pattern").
    /// </summary>
    public static bool IsValidMatchPattern(string pattern)
    {
        int i = 0;
        while (i < pattern.Length)
        {
            char c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length)
                {
                    return false;
                }
                i += 2;
            }
            else if (c == '[')
            {
                i++;
                if (i < pattern.Length && pattern[i] == '^')
                {
                    i++;
                }
                int ranges = 0;
                while (true)
                {
                    if (i < pattern.Length && pattern[i] == ']' && ranges > 0)
                    {
                        i++;
                        break;
                    }
                    if (!ReadClassChar(pattern, ref i))
                    {
                        return false;
                    }
                    if (pattern[i] == '-')
                    {
                        i++;
                        if (!ReadClassChar(pattern, ref i))
                        {
                            return false;
                        }
                    }
                    ranges++;
                }
            }
            else
            {
                i++;
            }
        }
        return true;
    }

    // Go's getEsc: one (possibly escaped) class character that must be followed by more pattern.
    private static bool ReadClassChar(string pattern, ref int i)
    {
        if (i >= pattern.Length || pattern[i] == '-' || pattern[i] == ']')
        {
            return false;
        }
        if (pattern[i] == '\\')
        {
            i++;
            if (i >= pattern.Length)
            {
                return false;
            }
        }
        i += char.IsHighSurrogate(pattern[i]) && i + 1 < pattern.Length ? 2 : 1;
        return i < pattern.Length;
    }
}

namespace Containers.Engine.Streams.BuildContext;

/// <summary>
/// The .dockerignore rules as the docker CLI applies them (moby/patternmatcher): patterns are tried in order
/// and the last one that matches decides; a pattern matching a parent directory matches everything below it.
/// </summary>
internal sealed class IgnoreMatcher
{
    private readonly IgnorePattern[] _patterns;

    private IgnoreMatcher(IgnorePattern[] patterns)
    {
        _patterns = patterns;
        HasExceptions = patterns.Any(p => p.IsException);
    }

    public static IgnoreMatcher Empty { get; } = new([]);

    /// <summary>The patterns, in order.</summary>
    public IReadOnlyList<IgnorePattern> Patterns => _patterns;

    /// <summary>True when any pattern is a <c>!</c> exception (then excluded directories may need a walk).</summary>
    public bool HasExceptions { get; }

    /// <summary>
    /// patternmatcher.New: trims, cleans, splits off <c>!</c>, checks Go glob syntax. Empty lines are skipped.
    /// </summary>
    /// <exception cref="FormatException">A lone <c>!</c> or a malformed glob; the message names the pattern.</exception>
    public static IgnoreMatcher Create(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var compiled = new List<IgnorePattern>();
        foreach (string raw in patterns)
        {
            string p = raw.Trim();
            if (p.Length == 0)
            {
                continue;
            }
            p = GoPath.Clean(p);
            bool exception = p[0] == '!';
            if (exception)
            {
                if (p.Length == 1)
                {
                    throw new FormatException("Illegal exclusion pattern in .dockerignore: \"!\".");
                }
                p = p[1..];
            }
            if (!GoPath.IsValidMatchPattern(p))
            {
                throw new FormatException($"Syntax error in .dockerignore pattern '{p}'.");
            }
            compiled.Add(new IgnorePattern(p, exception));
        }
        return new IgnoreMatcher([.. compiled]);
    }

    /// <summary>
    /// True when <paramref name="path"/> (a slash path relative to the context) is excluded, checking every
    /// parent directory too (patternmatcher's <c>MatchesOrParentMatches</c>). "." is never excluded.
    /// </summary>
    public bool IsExcluded(string path)
    {
        path = GoPath.Clean(path);
        if (path == ".")
        {
            return false;
        }
        return IsExcluded(path, null, out _);
    }

    /// <summary>
    /// patternmatcher's <c>MatchesUsingParentResults</c>, the form the CLI's tar walk uses: a pattern that matched
    /// the parent directory counts as matched for the child without being tried again. <paramref name="parent"/>
    /// null (top level, or unknown) tries every parent directory instead. <paramref name="matched"/> receives this
    /// path's per-pattern results for its own children.
    /// </summary>
    public bool IsExcluded(string path, bool[]? parent, out bool[] matched)
    {
        matched = new bool[_patterns.Length];
        bool excluded = false;
        for (int i = 0; i < _patterns.Length; i++)
        {
            IgnorePattern pattern = _patterns[i];
            bool match = parent is not null && parent[i];
            if (!match)
            {
                // An exclusion already excluded, or an exception with nothing to re-include: skip it.
                if (pattern.IsException != excluded)
                {
                    continue;
                }
                match = pattern.Matches(path);
                if (!match && parent is null)
                {
                    match = ParentMatches(pattern, path);
                }
            }
            matched[i] = match;
            if (match)
            {
                excluded = !pattern.IsException;
            }
        }
        return excluded;
    }

    /// <summary>
    /// The CLI's test before pruning an excluded directory: walk into it only when some exception's text starts
    /// with the directory's path plus "/" (a literal prefix test, so <c>!**/keep</c> does not reach inside).
    /// </summary>
    public bool MayReincludeBelow(string directory)
    {
        if (!HasExceptions)
        {
            return false;
        }
        string prefix = directory + "/";
        return _patterns.Any(p => p.IsException && (p.Text + "/").StartsWith(prefix, StringComparison.Ordinal));
    }

    private static bool ParentMatches(IgnorePattern pattern, string path)
    {
        for (int slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            if (pattern.Matches(path[..slash]))
            {
                return true;
            }
        }
        return false;
    }
}

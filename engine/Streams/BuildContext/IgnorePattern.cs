using System.Text;
using System.Text.RegularExpressions;

namespace Containers.Engine.Streams.BuildContext;

/// <summary>
/// One cleaned .dockerignore pattern, matched the way moby/patternmatcher's <c>Pattern</c> does: a literal
/// pattern compares exactly, <c>prefix**</c> and <c>**suffix</c> compare by prefix and suffix, the rest becomes an
/// anchored regular expression (<c>*</c> and <c>?</c> stop at <c>/</c>, <c>**</c> crosses directories, <c>\</c>
/// escapes the next character, <c>[…]</c> classes pass through).
/// </summary>
internal sealed class IgnorePattern
{
    private enum Kind
    {
        Exact,
        Prefix,
        Suffix,
        Regex,
    }

    private readonly Kind _kind;
    private readonly Regex? _regex;

    public IgnorePattern(string cleaned, bool exclusion)
    {
        Text = cleaned;
        IsException = exclusion;
        (_kind, string regex) = Compile(cleaned);
        if (_kind == Kind.Regex)
        {
            try
            {
                _regex = new Regex(regex, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                // Go compiles lazily and fails the walk with ErrBadPattern; failing here gives the same result earlier.
                throw new FormatException($"Syntax error in .dockerignore pattern '{cleaned}'.", e);
            }
        }
    }

    /// <summary>The pattern after cleaning, without its <c>!</c>.</summary>
    public string Text { get; }

    /// <summary>True for a <c>!</c> line: a match re-includes what earlier lines excluded.</summary>
    public bool IsException { get; }

    /// <summary>True when the slash path <paramref name="path"/> (relative to the context) matches.</summary>
    public bool Matches(string path) => _kind switch
    {
        Kind.Exact => path == Text,
        Kind.Prefix => path.StartsWith(Text[..^2], StringComparison.Ordinal),
        // "**/foo" also matches "foo" at the root.
        Kind.Suffix => path.EndsWith(Text[2..], StringComparison.Ordinal) || (Text.Length > 2 && Text[2] == '/' && path == Text[3..]),
        _ => _regex!.IsMatch(path),
    };

    // patternmatcher's compile, step for step, so the odd corners (what counts as "exact", when "**" at the
    // start makes a suffix match) come out the same.
    private static (Kind Kind, string Regex) Compile(string pattern)
    {
        var regex = new StringBuilder("^");
        Kind kind = Kind.Exact;
        int i = 0;
        for (int step = 0; i < pattern.Length; step++)
        {
            char c = pattern[i++];
            if (c == '*')
            {
                if (i < pattern.Length && pattern[i] == '*')
                {
                    i++;
                    // "**/" is the same as "**".
                    if (i < pattern.Length && pattern[i] == '/')
                    {
                        i++;
                    }
                    if (i >= pattern.Length)
                    {
                        // A trailing "**" takes everything below, as in .gitignore.
                        if (kind == Kind.Exact)
                        {
                            kind = Kind.Prefix;
                        }
                        else
                        {
                            regex.Append(".*");
                            kind = Kind.Regex;
                        }
                    }
                    else
                    {
                        // Any number of directories, including none.
                        regex.Append("(.*/)?");
                        kind = Kind.Regex;
                    }
                    if (step == 0)
                    {
                        kind = Kind.Suffix;
                    }
                }
                else
                {
                    regex.Append("[^/]*");
                    kind = Kind.Regex;
                }
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
                kind = Kind.Regex;
            }
            else if (c is '.' or '+' or '(' or ')' or '|' or '{' or '}' or '$')
            {
                regex.Append('\\').Append(c);
            }
            else if (c == '\\')
            {
                if (i < pattern.Length)
                {
                    regex.Append('\\').Append(pattern[i++]);
                    kind = Kind.Regex;
                }
                else
                {
                    regex.Append(@"\\");
                }
            }
            else if (c is '[' or ']')
            {
                regex.Append(c);
                kind = Kind.Regex;
            }
            else
            {
                regex.Append(c);
            }
        }
        // \z, not $: .NET's $ also matches before a final newline, Go's does not.
        regex.Append(@"\z");
        return (kind, regex.ToString());
    }
}

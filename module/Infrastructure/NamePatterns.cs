using System.Management.Automation;

namespace Containers.Infrastructure;

/// <summary>
/// -Name values with PowerShell wildcards. Remembers which literal names (no wildcard) matched nothing,
/// so a cmdlet can report ObjectNotFound for exactly those, as Get-Process -Name does.
/// </summary>
internal sealed class NamePatterns
{
    private readonly (string Text, WildcardPattern Pattern, bool IsLiteral)[] _patterns;
    private readonly bool[] _matched;

    public NamePatterns(IEnumerable<string>? names)
    {
        _patterns = (names ?? []).Select(n => (n, WildcardPattern.Get(n, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant), !WildcardPattern.ContainsWildcardCharacters(n))).ToArray();
        _matched = new bool[_patterns.Length];
    }

    /// <summary>True when no names were given: everything matches.</summary>
    public bool IsEmpty => _patterns.Length == 0;

    /// <summary>True when any pattern matches any of <paramref name="candidates"/>; marks the matching patterns.</summary>
    public bool Matches(IEnumerable<string> candidates)
    {
        if (IsEmpty)
        {
            return true;
        }
        bool any = false;
        foreach (string candidate in candidates)
        {
            for (int i = 0; i < _patterns.Length; i++)
            {
                if (_patterns[i].Pattern.IsMatch(candidate))
                {
                    _matched[i] = true;
                    any = true;
                }
            }
        }
        return any;
    }

    /// <summary>True when any pattern matches <paramref name="candidate"/>; marks nothing.</summary>
    public bool IsMatch(string candidate) => _patterns.Any(p => p.Pattern.IsMatch(candidate));

    /// <summary>Literal names that matched nothing, in the order given.</summary>
    public IEnumerable<string> UnmatchedLiterals()
    {
        for (int i = 0; i < _patterns.Length; i++)
        {
            if (_patterns[i].IsLiteral && !_matched[i])
            {
                yield return _patterns[i].Text;
            }
        }
    }
}

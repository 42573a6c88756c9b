namespace Containers.Engine.Dockerfile.Syntax;

/// <summary>
/// Hands out one string per distinct short piece of text seen recently, as Roslyn's lexer shares its identifiers:
/// the words of a large Dockerfile repeat line after line ("apk", "add", "&amp;&amp;", "$APP_HOME", the same --mount value),
/// and a fresh string for every use was a fifth of a parse's allocation (issue #10: on a fresh process every byte
/// allocated is a page faulted in for the first time).
/// </summary>
/// <remarks>
/// Direct-mapped and bounded: a slot holds the last string that hashed to it, so a miss costs one string (what
/// allocating it anyway cost) and the cache never holds more than <see cref="Slots"/> strings. One instance per
/// parse or per semantic model: not shared between threads.
/// </remarks>
internal sealed class StringCache
{
    private const int Slots = 1024;

    // Longer pieces rarely repeat, and hashing them would cost more than it saves.
    private const int MaxLength = 48;

    private readonly string?[] _slots = new string?[Slots];

    /// <summary>A string equal to <paramref name="chars"/>: a cached one when this text was seen recently, else a new one (then cached).</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0)
        {
            return string.Empty;
        }

        if (chars.Length > MaxLength)
        {
            return new string(chars);
        }

        var slot = (int)(Hash(chars) & (Slots - 1));
        var cached = _slots[slot];
        if (cached is not null && chars.SequenceEqual(cached))
        {
            return cached;
        }

        cached = new string(chars);
        _slots[slot] = cached;
        return cached;
    }

    // FNV-1a: not string.GetHashCode, whose seed differs per process, so which words collide (and what a parse
    // allocates) would too; a direct-mapped cache has no chains for crafted collisions to lengthen.
    private static uint Hash(ReadOnlySpan<char> chars)
    {
        var hash = 2166136261u;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}

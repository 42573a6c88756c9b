namespace Containers.Engine.Streams.BuildContext;

/// <summary>
/// Walks a context directory in the order and with the exclusions of the docker CLI's tar (moby's
/// <c>TarWithOptions</c>): entries of each directory sorted by name, depth first; symbolic links are entries,
/// never followed (so nothing outside the context comes in through them); an excluded directory is pruned unless
/// an exception's text starts with its path, in which case it is walked but not itself sent.
/// </summary>
internal static class BuildContextWalker
{
    public static IEnumerable<BuildContextEntry> Walk(string contextDirectory, IgnoreMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return WalkDirectory(new DirectoryInfo(contextDirectory), "", null, matcher);
    }

    private static IEnumerable<BuildContextEntry> WalkDirectory(DirectoryInfo directory, string prefix, bool[]? parentResults, IgnoreMatcher matcher)
    {
        FileSystemInfo[] children = directory.GetFileSystemInfos();
        // Go's WalkDir sorts by name byte by byte; ordinal UTF-16 order agrees except between surrogate pairs and
        // U+E000–U+FFFF, which file names here do not mix.
        Array.Sort(children, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (FileSystemInfo child in children)
        {
            var entry = new BuildContextEntry(prefix + child.Name, child);
            bool excluded = matcher.IsExcluded(entry.RelativePath, parentResults, out bool[] results);
            if (excluded && !(entry.IsDirectory && matcher.MayReincludeBelow(entry.RelativePath)))
            {
                continue;
            }
            if (!excluded)
            {
                yield return entry;
            }
            if (entry.IsDirectory)
            {
                foreach (BuildContextEntry below in WalkDirectory((DirectoryInfo)child, entry.RelativePath + "/", results, matcher))
                {
                    yield return below;
                }
            }
        }
    }
}

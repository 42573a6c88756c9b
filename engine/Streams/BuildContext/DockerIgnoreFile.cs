namespace Containers.Engine.Streams.BuildContext;

/// <summary>
/// Reads a .dockerignore file the way the docker CLI does (moby/patternmatcher/ignorefile.ReadAll): a UTF-8 BOM
/// on the first line is dropped; a line whose first character is <c>#</c> is a comment (an indented <c>#</c> is
/// not); lines are trimmed and empty ones skipped; <c>!</c> and its following spaces are split off, the rest is
/// cleaned like a Go path and a leading <c>/</c> removed, so <c>/a/./b/</c> and <c>a/b</c> are the same pattern.
/// </summary>
internal static class DockerIgnoreFile
{
    public const string FileName = ".dockerignore";

    /// <summary>The patterns of <paramref name="text"/>, in order, each with its <c>!</c> when it had one.</summary>
    public static List<string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var patterns = new List<string>();
        string[] lines = text.Split('\n');
        // Like bufio.ScanLines: a final newline does not start another line; each line loses one trailing \r.
        int count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        for (int n = 0; n < count; n++)
        {
            string line = lines[n];
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }
            if (n == 0 && line.StartsWith('\uFEFF'))
            {
                line = line[1..];
            }
            if (line.StartsWith('#'))
            {
                continue;
            }
            string pattern = line.Trim();
            if (pattern.Length == 0)
            {
                continue;
            }
            bool invert = pattern[0] == '!';
            if (invert)
            {
                pattern = pattern[1..].Trim();
            }
            if (pattern.Length > 0)
            {
                pattern = GoPath.Clean(pattern);
                if (pattern.Length > 1 && pattern[0] == '/')
                {
                    pattern = pattern[1..];
                }
            }
            patterns.Add(invert ? "!" + pattern : pattern);
        }
        return patterns;
    }

    /// <summary>The patterns of <c>&lt;contextDirectory&gt;/.dockerignore</c>, or none when there is no such file.</summary>
    public static List<string> Read(string contextDirectory)
    {
        string path = Path.Combine(contextDirectory, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : [];
    }

    /// <summary>
    /// The CLI's <c>TrimBuildFilesFromExcludes</c>: .dockerignore and the Dockerfile always travel in the context
    /// (the daemon needs them and drops them from COPY itself), so an exception is appended for each one the
    /// patterns would exclude. <paramref name="dockerfile"/> is the slash path inside the context, or null when the
    /// Dockerfile comes from outside it.
    /// </summary>
    public static List<string> KeepBuildFiles(List<string> patterns, string? dockerfile)
    {
        var result = new List<string>(patterns);
        if (IgnoreMatcher.Create(result).IsExcluded(FileName))
        {
            result.Add("!" + FileName);
        }
        if (dockerfile is not null && IgnoreMatcher.Create(result).IsExcluded(dockerfile))
        {
            result.Add("!" + dockerfile);
        }
        return result;
    }
}

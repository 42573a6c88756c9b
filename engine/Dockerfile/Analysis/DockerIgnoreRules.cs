using Containers.Engine.Streams.BuildContext;

namespace Containers.Engine.Dockerfile.Analysis;

/// <summary>
/// The rules of a build context's .dockerignore, for <see cref="DockerfileAnalyzerOptions.DockerIgnore"/> (BuildKit's
/// CopyIgnoredFile check reads them). Read and matched as the docker CLI and BuildKit do (moby/patternmatcher and its
/// ignorefile reader): the same matcher the module uses to send a build context. Immutable; two instances are equal
/// when their patterns are, so re-reading an unchanged file does not make analyses look stale.
/// </summary>
public sealed class DockerIgnoreRules : IEquatable<DockerIgnoreRules>
{
    private readonly string[] _patterns;
    private readonly IgnoreMatcher _matcher;

    private DockerIgnoreRules(string[] patterns)
    {
        _patterns = patterns;
        _matcher = IgnoreMatcher.Create(patterns);
        ExcludesEveryTopLevelEntry = !_matcher.HasExceptions && _matcher.Patterns.Any(MatchesEveryName);
    }

    /// <summary>
    /// Reads the text of a .dockerignore file: comment lines (<c>#</c> first), blank lines, a leading BOM are skipped;
    /// each pattern is trimmed and cleaned like a Go path, <c>!</c> marks an exception.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">A pattern is malformed (a lone <c>!</c>, an unclosed <c>[</c>); BuildKit fails the build then.</exception>
    public static DockerIgnoreRules Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DockerIgnoreRules([.. DockerIgnoreFile.Parse(text)]);
    }

    /// <summary>
    /// Which .dockerignore applies when <paramref name="dockerfile"/> is built with the context
    /// <paramref name="contextDirectory"/>: <c>&lt;Dockerfile name&gt;.dockerignore</c> beside the Dockerfile if it exists
    /// (BuildKit prefers it), else <c>.dockerignore</c> at the context root if that exists; null when neither does.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string? FileFor(string dockerfile, string contextDirectory)
    {
        ArgumentNullException.ThrowIfNull(dockerfile);
        ArgumentNullException.ThrowIfNull(contextDirectory);
        var own = dockerfile + DockerIgnoreFile.FileName;
        if (File.Exists(own))
        {
            return own;
        }

        var context = Path.Combine(contextDirectory, DockerIgnoreFile.FileName);
        return File.Exists(context) ? context : null;
    }

    /// <summary>The patterns after cleaning, in file order, exceptions with their leading <c>!</c>.</summary>
    public IReadOnlyList<string> Patterns => _patterns;

    /// <summary>True when a pattern is a <c>!</c> exception.</summary>
    public bool HasExceptions => _matcher.HasExceptions;

    /// <summary>
    /// True when <paramref name="path"/>, a path relative to the context root with <c>/</c> separators, or one of its
    /// parent directories is excluded (patternmatcher's <c>MatchesOrParentMatches</c>). The path is cleaned first
    /// (<c>./a//b/</c> is <c>a/b</c>); the context root itself (<c>.</c>) is never excluded here.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public bool IsExcluded(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _matcher.IsExcluded(path);
    }

    /// <summary>
    /// True when one pattern excludes every name at the top of the context (<c>*</c>, <c>**</c>, <c>**/*</c>, <c>?*</c>),
    /// and no exception brings any back: then copying the context root copies nothing but what is ignored. A pattern
    /// of <c>*</c>, <c>?</c> and <c>/</c> only tells names apart by their length, so it excludes every name when it
    /// matches a one-character and a three-character one.
    /// </summary>
    internal bool ExcludesEveryTopLevelEntry { get; }

    private static bool MatchesEveryName(IgnorePattern pattern) =>
        !pattern.IsException
        && pattern.Text.All(c => c is '*' or '?' or '/')
        && pattern.Matches("a") && pattern.Matches("abc");

    /// <inheritdoc />
    public bool Equals(DockerIgnoreRules? other) =>
        other is not null && (ReferenceEquals(this, other) || _patterns.AsSpan().SequenceEqual(other._patterns));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DockerIgnoreRules);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var pattern in _patterns)
        {
            hash.Add(pattern, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}

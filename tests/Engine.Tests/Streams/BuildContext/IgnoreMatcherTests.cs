using Containers.Engine.Streams.BuildContext;

namespace Containers.Engine.Tests.Streams.BuildContext;

/// <summary>
/// .dockerignore matching with the docker CLI's semantics (moby/patternmatcher, issue #5). The expectations are
/// Go's documented rules; the oracle tests (BuildContextOracleTests) check the same against the CLI itself.
/// </summary>
public sealed class IgnoreMatcherTests
{
    [Theory]
    // Plain names and Go globs: * and ? stay inside one path segment.
    [InlineData("file", "file", true)]
    [InlineData("file", "file2", false)]
    [InlineData("*.go", "main.go", true)]
    [InlineData("*.go", "cmd/main.go", false)]
    [InlineData("cmd/*.go", "cmd/main.go", true)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "a/c", false)]
    [InlineData("a*c", "a/c", false)]
    [InlineData("[a-c]x", "bx", true)]
    [InlineData("[a-c]x", "dx", false)]
    [InlineData("[^a-c]x", "dx", true)]
    [InlineData("[^a-c]x", "ax", false)]
    [InlineData(@"a\*b", "a*b", true)]
    [InlineData(@"a\*b", "axb", false)]
    [InlineData(@"a\?", "a?", true)]
    // Characters that mean something in a regular expression but not in a glob are literal.
    [InlineData("abc.def", "abc.def", true)]
    [InlineData("abc.def", "abcXdef", false)]
    [InlineData("a+b", "a+b", true)]
    [InlineData("a+b", "aab", false)]
    [InlineData("(x)|{y}$", "(x)|{y}$", true)]
    [InlineData("*.(txt)", "a.(txt)", true)]
    [InlineData("*.(txt)", "a.txt", false)]
    // ** crosses directories, including none.
    [InlineData("**", "anything", true)]
    [InlineData("**", "deep/down/file", true)]
    [InlineData("**/*.go", "main.go", true)]
    [InlineData("**/*.go", "a/b/main.go", true)]
    [InlineData("**/*.go", "a/b/main.go2", false)]
    [InlineData("**/file", "file", true)]
    [InlineData("**/file", "dir/file", true)]
    [InlineData("**/file", "dir/afile", false)]
    [InlineData("**file", "dir/afile", true)]
    [InlineData("dir/**", "dir/file", true)]
    [InlineData("dir/**", "dir/a/b", true)]
    [InlineData("dir/**", "dir", false)]
    [InlineData("dir/**", "dirx/file", false)]
    [InlineData("dir**", "dirx", true)]
    [InlineData("dir/**/file", "dir/file", true)]
    [InlineData("dir/**/file", "dir/a/b/file", true)]
    [InlineData("dir/**/file", "dir/a/b/file2", false)]
    [InlineData("**/dir/**", "x/y/dir/z", true)]
    [InlineData("a/**/b/*.c", "a/x/y/b/z.c", true)]
    [InlineData("a/**/b/*.c", "a/b/z.c", true)]
    [InlineData("a/**/b/*.c", "a/b/q/z.c", false)]
    public void MatchesLikeTheCli(string pattern, string path, bool expected) =>
        Assert.Equal(expected, IgnoreMatcher.Create([pattern]).Patterns[0].Matches(path));

    [Theory]
    // Patterns are cleaned like Go paths before matching (the CLI cleans them when reading the file too).
    [InlineData("dir/", "dir", true)]
    [InlineData("./dir", "dir", true)]
    [InlineData("dir//sub/../file", "dir/file", true)]
    [InlineData("**/", "x", true)]
    // A pattern that matches a directory excludes everything below it.
    [InlineData("dir", "dir/a/b/c", true)]
    [InlineData("*", "dir/a", true)]
    [InlineData("d?r", "dir/a", true)]
    [InlineData("dir/a", "dir/a/b", true)]
    [InlineData("dir/a", "dir/ab", false)]
    public void ExcludesAPathOrAnythingBelowAMatchedDirectory(string pattern, string path, bool excluded) =>
        Assert.Equal(excluded, IgnoreMatcher.Create([pattern]).IsExcluded(path));

    [Theory]
    // The last matching line wins.
    [InlineData("README.md", false)]
    [InlineData("README-secret.md", true)]
    [InlineData("CHANGES.md", true)]
    [InlineData("main.go", false)]
    public void TheLastMatchingLineWins(string path, bool excluded)
    {
        IgnoreMatcher matcher = IgnoreMatcher.Create(["*.md", "!README*.md", "README-secret.md"]);
        Assert.Equal(excluded, matcher.IsExcluded(path));
    }

    [Fact]
    public void AnExceptionReincludesInsideAnExcludedDirectory()
    {
        IgnoreMatcher matcher = IgnoreMatcher.Create(["docs", "!docs/keep.md"]);
        Assert.True(matcher.IsExcluded("docs"));
        Assert.True(matcher.IsExcluded("docs/other.md"));
        Assert.False(matcher.IsExcluded("docs/keep.md"));
        Assert.True(matcher.MayReincludeBelow("docs"));
        Assert.False(matcher.MayReincludeBelow("doc"));
    }

    [Fact]
    public void OnlyALiteralPrefixOfAnExceptionLetsTheWalkIntoAnExcludedDirectory()
    {
        // The CLI's pruning test is textual: "!**/keep" could match inside "docs", yet the CLI never walks there.
        IgnoreMatcher matcher = IgnoreMatcher.Create(["docs", "!**/keep"]);
        Assert.False(matcher.MayReincludeBelow("docs"));
        Assert.True(IgnoreMatcher.Create(["docs", "!docs/*.md"]).MayReincludeBelow("docs"));
        Assert.False(IgnoreMatcher.Create(["docs"]).MayReincludeBelow("docs"));
    }

    [Fact]
    public void AChildInheritsWhatItsParentMatchedWhenTheWalkPassesParentResults()
    {
        // "*" then "!dir": dir is re-included, and so is everything inside it, because the child inherits both results.
        IgnoreMatcher matcher = IgnoreMatcher.Create(["*", "!dir"]);
        Assert.False(matcher.IsExcluded("dir", null, out bool[] dirResults));
        Assert.False(matcher.IsExcluded("dir/file", dirResults, out _));
        Assert.True(matcher.IsExcluded("other", null, out _));
    }

    [Fact]
    public void TheRootIsNeverExcluded() => Assert.False(IgnoreMatcher.Create(["*", "**", "."]).IsExcluded("."));

    [Theory]
    [InlineData("!")]
    [InlineData("[")]
    [InlineData("a[")]
    [InlineData("[]")]
    [InlineData("[a-]")]
    [InlineData("[-a]")]
    [InlineData("[^]")]
    [InlineData("abc\\")]
    [InlineData("[z-a]")]
    public void RejectsMalformedPatterns(string pattern) =>
        Assert.Throws<FormatException>(() => IgnoreMatcher.Create([pattern]));

    [Fact]
    public void SkipsBlankPatternsAndTrimsTheRest()
    {
        IgnoreMatcher matcher = IgnoreMatcher.Create(["", "   ", "  a.txt  "]);
        Assert.Single(matcher.Patterns);
        Assert.Equal("a.txt", matcher.Patterns[0].Text);
    }
}

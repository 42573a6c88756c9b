using Containers.Engine.Dockerfile.Syntax;

namespace Containers.Engine.Tests.Dockerfile;

/// <summary>The one way Dockerfile tests assert ranges and write texts in both line-ending styles.</summary>
internal static class DockerfileAssert
{
    /// <summary>Both line-ending styles, for <c>[MemberData(nameof(DockerfileAssert.LineEndings), MemberType = typeof(DockerfileAssert))]</c>.</summary>
    public static TheoryData<string> LineEndings => new() { "\n", "\r\n" };

    /// <summary>Writes a test text (authored with \n) with <paramref name="eol"/>.</summary>
    public static string Text(string lf, string eol) => lf.Replace("\n", eol, StringComparison.Ordinal);

    /// <summary>Analyzer options that turn every rule on, the off-by-default best practices included, at their default severity.</summary>
    public static Containers.Engine.Dockerfile.Analysis.DockerfileAnalyzerOptions AllRulesOn { get; } = new()
    {
        RuleSeverities = Containers.Engine.Dockerfile.Analysis.DockerfileAnalyzer.Rules.ToDictionary(
            r => r.Id, r => (Containers.Engine.Dockerfile.Analysis.DiagnosticSeverity?)r.DefaultSeverity, StringComparer.Ordinal),
    };

    /// <summary>The valid Dockerfiles of Corpus/ in the source tree (found from the test binary upwards).</summary>
    public static string CorpusDirectory { get; } = FindCorpus();

    private static string FindCorpus()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Containers.slnx")))
            {
                return Path.Combine(dir, "tests", "Engine.Tests", "Dockerfile", "Corpus");
            }
        }

        throw new DirectoryNotFoundException("The repository root (with Containers.slnx) is not above " + AppContext.BaseDirectory);
    }

    /// <summary>Asserts a range written as "line:char-line:char" (0-based, UTF-16).</summary>
    public static void Range(string expected, TextRange actual) =>
        Assert.Equal(expected, $"{actual.Start.Line}:{actual.Start.Character}-{actual.End.Line}:{actual.End.Character}");

    public static void Token(string expectedText, string expectedRange, SyntaxToken? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expectedText, actual.Text);
        Range(expectedRange, actual.Range);
    }
}

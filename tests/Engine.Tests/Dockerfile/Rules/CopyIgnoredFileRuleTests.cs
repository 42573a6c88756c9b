using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>
/// BuildKit's build check CopyIgnoredFile (dockerfile2llb validateCopySourcePath, linter RuleCopyIgnoredFile): COPY and
/// ADD sources from the context that its .dockerignore excludes, given to the analyzer as DockerfileAnalyzerOptions.DockerIgnore.
/// </summary>
public sealed class CopyIgnoredFileRuleTests
{
    private static DockerfileDiagnostic[] Of(string dockerignore, string dockerfile) =>
        [.. DockerfileSnapshot.Create(dockerfile, 1)
            .GetDiagnostics(new DockerfileAnalyzerOptions { DockerIgnore = DockerIgnoreRules.Parse(dockerignore) }, CancellationToken.None)
            .Where(d => d.RuleId == "CopyIgnoredFile")];

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAnExcludedSourceWithBuildKitsMessageOnTheSource(string eol)
    {
        var diagnostics = Of(Text("# secrets\nsecret.txt\n", eol), Text("FROM alpine\nCOPY app.txt ./secret.txt /dst/\nADD secret.txt /x\n", eol));

        Assert.Equal(2, diagnostics.Length);
        Assert.Equal("Attempting to Copy file \"secret.txt\" that is excluded by .dockerignore", diagnostics[0].Message);
        Assert.Equal(CopyIgnoredFileRule.Message("Copy", "secret.txt"), diagnostics[0].Message);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[0].Severity);
        Assert.Null(diagnostics[0].DockerfileUtilsCode);
        Range("1:13-1:25", diagnostics[0].Range);
        Assert.Equal("Attempting to Add file \"secret.txt\" that is excluded by .dockerignore", diagnostics[1].Message);
        Range("2:4-2:14", diagnostics[1].Range);
    }

    [Fact]
    public void ReportsASourceInsideAnExcludedDirectoryAndMatchesGlobs()
    {
        var diagnostics = Of("build\n**/*.log\n", "FROM alpine\nCOPY build/out/app.bin /app\nCOPY [\"src/logs/today.log\", \"/logs/\"]\nCOPY src/main.c /src/\n");

        Assert.Equal(
            [CopyIgnoredFileRule.Message("Copy", "build/out/app.bin"), CopyIgnoredFileRule.Message("Copy", "src/logs/today.log")],
            diagnostics.Select(d => d.Message));
        Range("2:6-2:26", diagnostics[1].Range);
    }

    [Fact]
    public void AnyExceptionInTheFileTurnsTheCheckOff()
    {
        // BuildKit since moby/buildkit#6534: with a '!' line, what a directory source brings is not known statically.
        const string Dockerfile = "FROM alpine\nCOPY docs/keep.md /d/\nCOPY secret.txt /s/\n";

        Assert.Empty(Of("docs\n!docs/keep.md\nsecret.txt\n", Dockerfile));
        Assert.Equal(2, Of("docs\nsecret.txt\n", Dockerfile).Length);
    }

    [Fact]
    public void CopyFromAnotherStageOrImageIsNotChecked()
    {
        Assert.Empty(Of("dist\n", "FROM alpine AS build\nRUN mkdir dist\nFROM alpine\nCOPY --from=build dist /dist\nCOPY --from=nginx:1 dist /x\n"));
        Assert.Single(Of("dist\n", "FROM alpine\nCOPY dist /dist\n"));
    }

    [Fact]
    public void UrlsAndGitSourcesOfAddAreNotChecked()
    {
        var diagnostics = Of(
            "https:\ngit@github.com:moby\nexample.com\n",
            "FROM alpine\nADD https://example.com/a.tar.gz /a\nADD git@github.com:moby/buildkit.git /b\nADD https://github.com/moby/buildkit.git#v0.1 /c\nADD example.com/file /d\n");

        Assert.Equal([CopyIgnoredFileRule.Message("Add", "example.com/file")], diagnostics.Select(d => d.Message));
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void HeredocSourcesAreNotChecked(string eol)
    {
        Assert.Empty(Of(Text("*\n", eol), Text("FROM alpine\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF\nCOPY <<config /etc/x\ny\nconfig\n", eol)));
    }

    [Fact]
    public void CleansTheSourceLikeBuildKitAndReportsItCleaned()
    {
        var diagnostics = Of("tmp/*\n", "FROM scratch\nCOPY ./tmp//helloworld.txt /h.txt\nCOPY \"tmp/x.txt\" /z\nCOPY tmp/../ok.txt /o\n");

        Assert.Equal(
            [CopyIgnoredFileRule.Message("Copy", "tmp/helloworld.txt"), CopyIgnoredFileRule.Message("Copy", "tmp/x.txt")],
            diagnostics.Select(d => d.Message));
    }

    [Theory]
    [InlineData("*", true)]
    [InlineData("**", true)]
    [InlineData("**/*", true)]
    [InlineData(".*", false)]
    [InlineData("node_modules", false)]
    public void TheContextRootIsExcludedOnlyWhenEveryNameInItIs(string pattern, bool reported)
    {
        // moby/buildkit#6930: COPY . . with '.*' (dotfiles) copies the rest; with '*' it copies nothing.
        var diagnostics = Of(pattern + "\n", "FROM alpine\nCOPY . /app\nCOPY / /root-too\n");

        Assert.Equal(reported ? [CopyIgnoredFileRule.Message("Copy", "."), CopyIgnoredFileRule.Message("Copy", "/")] : [], diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void SourcesWithVariablesAreNotChecked()
    {
        Assert.Empty(Of("secret.txt\n", "FROM alpine\nARG F=secret.txt\nCOPY $F /x\nCOPY ${F} /y\n"));
    }

    [Fact]
    public void WithoutTheContextsDockerignoreNothingIsReported()
    {
        const string Text = "FROM alpine\nCOPY secret.txt /s\n";

        Assert.DoesNotContain(DockerfileSnapshot.Create(Text, 1).Diagnostics, d => d.RuleId == "CopyIgnoredFile");
        Assert.Empty(Of(string.Empty, Text));
        Assert.Empty(Of("# only a comment\n", Text));
    }

    [Fact]
    public void TheCheckDirectiveSkipsIt()
    {
        Assert.Empty(Of("secret.txt\n", "# check=skip=CopyIgnoredFile\nFROM alpine\nCOPY secret.txt /s\n"));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(Of("secret.txt\n", "# check=error=true\nFROM alpine\nCOPY secret.txt /s\n")).Severity);
    }

    [Fact]
    public void IsListedAsABuildCheckWarning()
    {
        var rule = Assert.Single(DockerfileAnalyzer.Rules, r => r.Id == "CopyIgnoredFile");

        Assert.True(rule.IsBuildCheck);
        Assert.True(rule.IsEnabledByDefault);
        Assert.Equal(DiagnosticSeverity.Warning, rule.DefaultSeverity);
    }

    [Fact]
    public void NewIgnoreRulesForTheSameSnapshotAreNotAnsweredFromTheKeptAnalysis()
    {
        var snapshot = DockerfileSnapshot.Create("FROM alpine\nCOPY a.txt /a\nFROM alpine\nCOPY b.txt /b\n", 1);
        var ignoresA = new DockerfileAnalyzerOptions { DockerIgnore = DockerIgnoreRules.Parse("a.txt\n") };
        var ignoresB = new DockerfileAnalyzerOptions { DockerIgnore = DockerIgnoreRules.Parse("b.txt\n") };

        var first = snapshot.GetDiagnostics(ignoresA, CancellationToken.None);
        var second = snapshot.GetDiagnostics(ignoresB, CancellationToken.None);
        var again = snapshot.GetDiagnostics(new DockerfileAnalyzerOptions { DockerIgnore = DockerIgnoreRules.Parse("b.txt\n") }, CancellationToken.None);

        Assert.Equal([1], first.Select(d => d.Range.Start.Line));
        Assert.Equal([3], second.Select(d => d.Range.Start.Line));
        Assert.Same(second, again); // equal rules read again: the kept analysis
        Assert.Empty(snapshot.GetDiagnostics(CancellationToken.None));
    }

    [Fact]
    public void AnEditReusesOtherStagesOnlyWhenTheIgnoreRulesAreTheSame()
    {
        var text = "FROM alpine AS a\nCOPY a.txt /a\nFROM alpine AS b\nCOPY b.txt /b\n";
        var options = new DockerfileAnalyzerOptions { DockerIgnore = DockerIgnoreRules.Parse("a.txt\nb.txt\n") };
        var before = DockerfileSnapshot.Create(text, 1);
        _ = before.GetDiagnostics(options, CancellationToken.None);

        var edited = text.Replace("COPY b.txt /b\n", "COPY b.txt /b\nRUN true\n", StringComparison.Ordinal);
        var same = before.Update(edited, 2).Analysis(options, CancellationToken.None);
        var changed = before.Update(edited, 2).Analysis(new DockerfileAnalyzerOptions { DockerIgnore = DockerIgnoreRules.Parse("b.txt\n") }, CancellationToken.None);

        Assert.Equal(2, same.ReusedSegments); // before the first FROM, and stage a
        Assert.Equal([1, 3], same.Diagnostics.Where(d => d.RuleId == "CopyIgnoredFile").Select(d => d.Range.Start.Line));
        Assert.Equal(0, changed.ReusedSegments);
        Assert.Equal([3], changed.Diagnostics.Where(d => d.RuleId == "CopyIgnoredFile").Select(d => d.Range.Start.Line));
    }

    [Fact]
    public void IgnoreRulesReadTheFileAsTheDockerCliDoes()
    {
        var rules = DockerIgnoreRules.Parse("\uFEFF# comment\n/build/./out/\r\n  !  build/out/keep  \n\n");

        Assert.Equal(["build/out", "!build/out/keep"], rules.Patterns);
        Assert.True(rules.HasExceptions);
        Assert.True(rules.IsExcluded("build/out/x"));
        Assert.False(rules.IsExcluded("build/out/keep"));
        Assert.False(rules.IsExcluded("."));
        Assert.Equal(DockerIgnoreRules.Parse("build/out\n!build/out/keep\n"), rules);
        Assert.Throws<FormatException>(() => DockerIgnoreRules.Parse("[\n"));
    }
}

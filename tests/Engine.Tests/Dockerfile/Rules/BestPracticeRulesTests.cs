using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>
/// The hadolint-style best-practice rules (issue #9): off by default, on through the per-rule severities, suppressed
/// by their hadolint codes.
/// </summary>
public sealed class BestPracticeRulesTests
{
    private static readonly string[] s_bestPractices =
        ["FromUntaggedImage", "FromLatestTag", "AptGetVersionPinning", "AptListsNotDeleted", "AddInsteadOfCopy", "PipefailMissing", "LastUserRoot", "CdInsteadOfWorkdir"];

    private static DockerfileDiagnostic[] With(string ruleId, string text, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
    {
        var options = new DockerfileAnalyzerOptions { RuleSeverities = new Dictionary<string, DiagnosticSeverity?> { [ruleId] = severity } };
        return [.. DockerfileSnapshot.Create(text, 1).GetDiagnostics(options, CancellationToken.None).Where(d => d.RuleId == ruleId)];
    }

    [Fact]
    public void EveryBestPracticeIsListedOffByDefaultWithItsHadolintCode()
    {
        var rules = DockerfileAnalyzer.Rules.Where(r => !r.IsEnabledByDefault).ToArray();

        Assert.Equal(s_bestPractices.Order(StringComparer.Ordinal), rules.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(rules, r => Assert.Single(r.HadolintCodes));
        Assert.All(rules, r => Assert.False(r.IsBuildCheck));
    }

    [Fact]
    public void NothingIsReportedWithDefaultOptions()
    {
        var text = "FROM ubuntu\nFROM debian:latest\nADD a.txt /a\nRUN cd /x && apt-get install -y curl | tee log\nUSER root\n";

        Assert.Empty(RuleRunner.Diagnostics(text));
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsUntaggedAndLatestImagesButNotStagesScratchDigestsOrVariables(string eol)
    {
        var text = Text(
            "ARG IMG=x\nFROM ubuntu AS one\nFROM one\nFROM scratch\nFROM $IMG\nFROM debian:latest\nFROM localhost:5000/app\nFROM alpine@sha256:0123\nFROM alpine:latest@sha256:0123\nFROM alpine:3.20\n", eol);

        var untagged = With("FromUntaggedImage", text);
        var latest = With("FromLatestTag", text, DiagnosticSeverity.Error);

        Assert.Equal([1, 6], untagged.Select(d => d.Range.Start.Line));
        Assert.Equal(FromUntaggedImageRule.Message("ubuntu"), untagged[0].Message);
        Range("1:5-1:11", untagged[0].Range);
        var one = Assert.Single(latest);
        Assert.Equal((5, DiagnosticSeverity.Error), (one.Range.Start.Line, one.Severity));
        Assert.Equal(FromLatestTagRule.Message("debian:latest"), one.Message);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAddOfLocalFilesOnly(string eol)
    {
        var text = Text(
            "FROM a\nADD a.txt /a\nADD https://example.com/x.txt /x\nADD app.tar.gz /opt\nADD --checksum=sha256:00 b /b\nADD $SRC /s\nADD git@github.com:o/r.git /r\nADD <<EOF /h\nx\nEOF\nADD dir/ other \"quoted file\" /d/\n", eol);

        var diagnostics = With("AddInsteadOfCopy", text);

        Assert.Equal([1, 10], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(AddInsteadOfCopyRule.Message(), diagnostics[0].Message);
        Range("1:0-1:3", diagnostics[0].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsCdInRunButNotInQuotesOrOtherWords(string eol)
    {
        var text = Text("FROM a\nRUN cd /src && make\nRUN echo \"; cd x\" && cdrecord\nRUN make; \\\n  cd .. || true\nCMD cd /x\n", eol);

        var diagnostics = With("CdInsteadOfWorkdir", text);

        Assert.Equal([1, 3], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(CdInsteadOfWorkdirRule.Message(), diagnostics[0].Message);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsPipesWithoutPipefailUntilAShellSetsIt(string eol)
    {
        var text = Text(
            "FROM a AS one\nRUN wget -O- x | tar x\nRUN a || b\nRUN echo \"a|b\"\nRUN set -o pipefail && a | b\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b\nFROM one\nRUN c | d\nFROM b\nSHELL [\"pwsh\", \"-Command\"]\nRUN Get-Item x | Remove-Item\nFROM c\nSHELL [\"/bin/sh\", \"-c\"]\nRUN e | f\n", eol);

        var diagnostics = With("PipefailMissing", text);

        Assert.Equal([1, 14], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(PipefailMissingRule.Message(), diagnostics[0].Message);
        Range("1:4-1:22", diagnostics[0].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsRootAsTheLastUserOfTheFinalStageOnly(string eol)
    {
        Assert.Empty(With("LastUserRoot", Text("FROM a AS build\nUSER root\nFROM b\nUSER root\nUSER app\n", eol)));
        Assert.Empty(With("LastUserRoot", Text("FROM a\nRUN x\n", eol)));
        var diagnostic = Assert.Single(With("LastUserRoot", Text("FROM a\nUSER app\nUSER 0:0\n", eol)));
        Assert.Equal(LastUserRootRule.Message(), diagnostic.Message);
        Range("2:5-2:8", diagnostic.Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAptListsLeftInTheFinalStage(string eol)
    {
        var text = Text(
            "FROM a AS build\nRUN apt-get update && apt-get install -y gcc\nFROM b\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install -y jq && rm -rf /var/lib/apt/lists/*\nRUN --mount=type=cache,target=/var/lib/apt apt-get update\nRUN apt-get -q install x\n", eol);

        var diagnostics = With("AptListsNotDeleted", text, DiagnosticSeverity.Information);

        Assert.Equal([3, 6], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(AptListsNotDeletedRule.Message(), diagnostics[0].Message);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsUnpinnedAptPackagesByName(string eol)
    {
        var text = Text(
            "FROM a\nRUN apt-get install -y --no-install-recommends curl=7.88 jq \\\n  git\nRUN apt-get install -t bookworm-backports ./local.deb $PKG tool/stable pinned=1\nRUN apt-get update\n", eol);

        var diagnostic = Assert.Single(With("AptGetVersionPinning", text));

        Assert.Equal(AptGetVersionPinningRule.Message(["jq", "git"]), diagnostic.Message);
        Assert.Equal(1, diagnostic.Range.Start.Line);
    }

    [Fact]
    public void HadolintIgnoreCommentsSuppressBestPracticesByCode()
    {
        var text = "FROM a\n# hadolint ignore=DL3003,DL4006\nRUN cd /x | y\nRUN cd /z\n";
        var options = new DockerfileAnalyzerOptions
        {
            RuleSeverities = new Dictionary<string, DiagnosticSeverity?> { ["CdInsteadOfWorkdir"] = DiagnosticSeverity.Warning, ["PipefailMissing"] = DiagnosticSeverity.Warning },
        };

        var diagnostics = DockerfileSnapshot.Create(text, 1).GetDiagnostics(options, CancellationToken.None);

        Assert.Equal(["CdInsteadOfWorkdir 3"], diagnostics.Select(d => $"{d.RuleId} {d.Range.Start.Line}"));
    }
}

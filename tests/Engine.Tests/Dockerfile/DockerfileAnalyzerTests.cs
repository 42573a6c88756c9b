using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile;

public sealed class DockerfileAnalyzerTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAnUnknownInstructionOnItsKeyword(string eol)
    {
        var diagnostic = Assert.Single(Analyze(Text("FROM alpine\n  FORM x\n", eol)));

        Assert.Equal("UnknownInstruction", diagnostic.RuleId);
        Assert.Equal(38, diagnostic.DockerfileUtilsCode);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(UnknownInstructionRule.Message("FORM"), diagnostic.Message);
        Assert.Equal("Unknown instruction: FORM", diagnostic.Message);
        Range("1:2-1:6", diagnostic.Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAnUnknownOnbuildTrigger(string eol)
    {
        var diagnostic = Assert.Single(Analyze(Text("FROM alpine\nONBUILD BUILD x\n", eol)));

        Assert.Equal(UnknownInstructionRule.Message("BUILD"), diagnostic.Message);
        Range("1:8-1:13", diagnostic.Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsEveryInstructionOtherThanArgBeforeTheFirstFrom(string eol)
    {
        // "label" is lowercase on purpose (the message names the keyword as written); its casing warning is not this test's.
        var diagnostics = Analyze(Text("ARG VERSION=1\nRUN echo\nlabel a=b\nFROM alpine:$VERSION\nRUN ok\n", eol)).Where(d => d.RuleId != "ConsistentInstructionCasing").ToList();

        Assert.Equal(["InstructionBeforeFrom", "InstructionBeforeFrom"], diagnostics.Select(d => d.RuleId));
        Assert.Equal(InstructionBeforeFromRule.Message("RUN"), diagnostics[0].Message);
        Range("1:0-1:3", diagnostics[0].Range);
        Assert.Equal(InstructionBeforeFromRule.Message("label"), diagnostics[1].Message);
        Range("2:0-2:5", diagnostics[1].Range);
        Assert.All(diagnostics, d => Assert.Equal(20, d.DockerfileUtilsCode));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("# only a comment\n")]
    [InlineData("# syntax=docker/dockerfile:1\n")]
    [InlineData("ARG A=1\nARG B\n")]
    public void ReportsADockerfileWithoutFromAtItsStart(string text)
    {
        foreach (var eol in new[] { "\n", "\r\n" })
        {
            var diagnostic = Assert.Single(Analyze(Text(text, eol)));

            Assert.Equal("NoSourceImage", diagnostic.RuleId);
            Assert.Equal(NoSourceImageRule.Message(), diagnostic.Message);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Range("0:0-0:0", diagnostic.Range);
        }
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsAnInvalidEscapeDirectiveOnItsValue(string eol)
    {
        var diagnostic = Assert.Single(Analyze(Text("# escape=/\nFROM a\n", eol)));

        Assert.Equal("InvalidEscapeDirective", diagnostic.RuleId);
        Assert.Equal(InvalidEscapeDirectiveRule.Message("/"), diagnostic.Message);
        Range("0:9-0:10", diagnostic.Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsAboutEmptyContinuationLinesAsBuildKitDoes(string eol)
    {
        var diagnostic = Assert.Single(Analyze(Text("FROM a\nRUN a \\\n  \n  b\n", eol)));

        Assert.Equal("NoEmptyContinuation", diagnostic.RuleId);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(NoEmptyContinuationRule.Message(), diagnostic.Message);
        Range("2:0-2:2", diagnostic.Range);
    }

    [Fact]
    public void OrdersDiagnosticsByPosition()
    {
        var diagnostics = Analyze("BOGUS\nRUN x\nFROM a\nNOPE\n");

        Assert.Equal(["UnknownInstruction", "InstructionBeforeFrom", "UnknownInstruction"], diagnostics.Select(d => d.RuleId));
    }

    public static TheoryData<string> ValidCorpus =>
        [.. Directory.GetFiles(CorpusDirectory).Select(f => Path.GetFileName(f)).Order()];

    /// <summary>A diagnostic on a Dockerfile BuildKit builds is a bug (STYLE.md "No false positives").</summary>
    [Theory]
    [MemberData(nameof(ValidCorpus))]
    public void AValidDockerfileHasNoDiagnostics(string file)
    {
        var text = File.ReadAllText(Path.Combine(CorpusDirectory, file));
        foreach (var eol in new[] { "\n", "\r\n" })
        {
            Assert.Empty(Analyze(text.ReplaceLineEndings(eol)));
        }
    }

    /// <summary>Best practices are off by default; turned on, they too must find nothing in the valid corpus (issue #9).</summary>
    [Theory]
    [MemberData(nameof(ValidCorpus))]
    public void AValidDockerfileBreaksNoBestPractice(string file)
    {
        var text = File.ReadAllText(Path.Combine(CorpusDirectory, file));

        Assert.Empty(DockerfileSnapshot.Create(text, 1).GetDiagnostics(AllRulesOn, CancellationToken.None));
    }

    [Fact]
    public void TheSnapshotParsesOnceAndKeepsItsVersion()
    {
        var snapshot = DockerfileSnapshot.Create("FROM a\nFOO\n", 7);

        Assert.Equal(7, snapshot.Version);
        Assert.Same(snapshot.Diagnostics, snapshot.Diagnostics);
        Assert.Equal("UnknownInstruction", Assert.Single(snapshot.Diagnostics).RuleId);
    }

    private static IReadOnlyList<DockerfileDiagnostic> Analyze(string text) =>
        DockerfileSnapshot.Create(text, 1).Diagnostics;
}

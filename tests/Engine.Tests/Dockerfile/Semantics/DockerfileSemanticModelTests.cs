using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Semantics;

public sealed class DockerfileSemanticModelTests
{
    private static DockerfileSemanticModel Model(string lf, string eol = "\n") => DockerfileSnapshot.Create(Text(lf, eol), 1).Semantics;

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ListsStagesWithNamesIndexesBasesAndRanges(string eol)
    {
        var model = Model("FROM golang:1.22 AS build\nRUN go build\n\nFROM build AS test\nRUN go test\nFROM alpine\nCOPY --from=build /out /\n", eol);

        Assert.Equal(3, model.Stages.Count);
        Assert.Equal(["build", "test", "2"], model.Stages.Select(s => s.DisplayName));
        Assert.Equal([0, 1, 2], model.Stages.Select(s => s.Index));
        Token("golang:1.22", "0:5-0:16", model.Stages[0].BaseImage);
        Assert.Null(model.Stages[0].BaseStage);
        Assert.Same(model.Stages[0], model.Stages[1].BaseStage);
        Range("0:0-1:12", model.Stages[0].Range);
        Range("3:0-4:11", model.Stages[1].Range);
        Assert.Equal(2, model.Stages[1].Instructions.Count);
        Assert.Same(model.Stages[1], model.GetStageAt(4));
        Assert.Same(model.Stages[0], model.GetStageAt(2));
        Assert.Same(model.Stages[0], model.GetStage("BUILD"));
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ResolvesStageReferencesByNameAndIndexInCopyAndMounts(string eol)
    {
        var model = Model("FROM alpine AS base\nFROM base\nCOPY --from=Base /a /a\nCOPY --from=0 /b /b\nRUN --mount=type=cache,from=base,target=/c true\nCOPY --from=nginx:latest /x /x\nCOPY --from=7 /y /y\n", eol);

        var references = model.StageReferences;
        Assert.Equal([StageReferenceKind.FromImage, StageReferenceKind.FromImage, StageReferenceKind.CopyFrom, StageReferenceKind.CopyFrom, StageReferenceKind.MountFrom, StageReferenceKind.CopyFrom, StageReferenceKind.CopyFrom], references.Select(r => r.Kind));
        var stage = model.Stages[0];
        Assert.Null(references[0].Target);
        Assert.Same(stage, references[1].Target);
        Assert.Same(stage, references[2].Target);
        Range("2:12-2:16", references[2].Range);
        Assert.Same(stage, references[3].Target);
        Assert.True(references[3].IsIndex);
        Assert.Same(stage, references[4].Target);
        Range("4:28-4:32", references[4].Range);
        Assert.Null(references[5].Target);
        Assert.Null(references[6].Target);
    }

    [Fact]
    public void CopyFromMayNameALaterStageButFromOnlyAnEarlierOne()
    {
        var model = Model("FROM later\nCOPY --from=later /a /a\nFROM alpine AS later\n");

        Assert.Null(model.Stages[0].BaseStage);
        Assert.Same(model.Stages[1], model.StageReferences[1].Target);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void GlobalArgsAreSeenByFromLinesAndOnlyByStagesThatRedeclareThem(string eol)
    {
        var model = Model("ARG VERSION=3.20\nFROM alpine:$VERSION\nRUN echo $VERSION\nFROM alpine:${VERSION}\nARG VERSION\nRUN echo $VERSION\n", eol);

        var global = Assert.Single(model.GlobalVariables);
        Assert.Equal("3.20", global.Declarations[0].Value);
        var refs = model.VariableReferences;
        Assert.Equal(4, refs.Count);
        Assert.Same(global, refs[0].Variable);
        Range("1:12-1:20", refs[0].Range);
        Range("1:13-1:20", refs[0].NameRange);
        Assert.Null(refs[0].Stage);
        Assert.Null(refs[1].Variable);
        Assert.Same(model.Stages[0], refs[1].Stage);
        Assert.Same(global, refs[2].Variable);
        Range("3:12-3:22", refs[2].Range);
        var redeclared = Assert.Single(model.Stages[1].Variables);
        Assert.Same(redeclared, refs[3].Variable);
        Assert.Same(global, redeclared.Declarations[0].Inherits);
        Assert.Equal("3.20", redeclared.Declarations[0].Value);
        Assert.Equal("alpine:3.20", model.Stages[1].ResolvedBaseImage);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void PlatformArgsArePredefinedInFromLinesAndNeedAnArgInStages(string eol)
    {
        var model = Model("FROM --platform=$BUILDPLATFORM golang\nRUN echo $TARGETARCH\nARG TARGETARCH\nRUN echo $TARGETARCH $HTTP_PROXY\n", eol);

        var refs = model.VariableReferences;
        Assert.True(refs[0].Variable!.IsPredefined);
        Range("0:16-0:30", refs[0].Range);
        Assert.Null(refs[1].Variable);
        Assert.Same(model.Stages[0].GetVariable("TARGETARCH"), refs[2].Variable);
        Assert.False(refs[2].Declaration!.IsValueKnown);
        Assert.True(refs[3].Variable!.IsPredefined);
        Assert.Equal("golang", model.Stages[0].ResolvedBaseImage);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void AllReferencesOfOneInstructionSeeTheValuesFromBeforeIt(string eol)
    {
        var model = Model("FROM scratch\nENV abc=hello\nENV abc=bye def=$abc\nENV ghi=$abc\n", eol);

        var variables = model.Stages[0].Variables;
        Assert.Equal(["abc", "def", "ghi"], variables.Select(v => v.Name));
        Assert.Equal("hello", variables[1].Declarations[0].Value);
        Assert.Equal("bye", variables[2].Declarations[0].Value);
        Assert.Same(variables[0].Declarations[0], model.VariableReferences[0].Declaration);
        Assert.Same(variables[0].Declarations[1], model.VariableReferences[1].Declaration);
    }

    [Theory]
    [InlineData("ENV V=\"a b\"", "a b")]
    [InlineData("ENV V='$X'", "$X")]
    [InlineData("ENV V=${X:-none}", "abc")]
    [InlineData("ENV V=${U:-none}", "none")]
    [InlineData("ENV V=${U-none}", "none")]
    [InlineData("ENV V=${E-none}", "")]
    [InlineData("ENV V=${E:-none}", "none")]
    [InlineData("ENV V=${X:+set}", "set")]
    [InlineData("ENV V=${U+set}", "")]
    [InlineData("ENV V=${P#*/}", "b/c.tar.gz")]
    [InlineData("ENV V=${P##*/}", "c.tar.gz")]
    [InlineData("ENV V=${P%.*}", "a/b/c.tar")]
    [InlineData("ENV V=${P%%.*}", "a/b/c")]
    [InlineData("ENV V=${P/b/x}", "a/x/c.tar.gz")]
    [InlineData("ENV V=${X//?/-}", "---")]
    [InlineData("ENV V=\\$X", "$X")]
    [InlineData("ENV V=pre-${X}-post", "pre-abc-post")]
    [InlineData("ENV V=${U:-${X}}", "abc")]
    [InlineData("ENV V legacy $X words", "legacy abc words")]
    public void EvaluatesSubstitutionsAsTheBuilderDoes(string line, string expected)
    {
        var model = Model($"FROM scratch\nARG X=abc\nARG E=\nARG P=a/b/c.tar.gz\nARG U\n{line}\n");

        var declaration = model.Stages[0].GetVariable("V")!.Declarations[0];
        Assert.True(declaration.IsValueKnown);
        Assert.Equal(expected, declaration.Value);
    }

    [Fact]
    public void ValuesFromAnExternalBaseImageAreUnknown()
    {
        var model = Model("FROM alpine\nENV PATH=/opt/bin:$PATH\nARG N\nENV M=${N:-x}\n");

        var path = model.Stages[0].GetVariable("PATH")!.Declarations[0];
        Assert.False(path.IsValueKnown);
        Assert.Null(path.Value);
        Assert.Equal("x", model.Stages[0].GetVariable("M")!.Declarations[0].Value);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReferencesKeepExactRangesAcrossContinuationsAndUtf16(string eol)
    {
        var model = Model("FROM scratch\nARG 😀=1 SRC=a\nCOPY --chown=$😀 \\\n  # comment\n  ${SRC:-x} /dést/$SRC\n", eol);

        var refs = model.VariableReferences;
        Assert.Equal(["SRC", "SRC"], refs.Select(r => r.Name));
        Range("4:2-4:11", refs[0].Range);
        Range("4:4-4:7", refs[0].NameRange);
        Assert.Equal(":-", refs[0].Modifier);
        Range("4:18-4:22", refs[1].Range);
        var declaration = model.Stages[0].GetVariable("SRC")!.Declarations[0];
        Range("1:9-1:12", declaration.NameRange);
        Range("1:13-1:14", declaration.ValueRange!.Value);
    }

    [Fact]
    public void FindsNestedReferencesAndSkipsEscapedAndSingleQuotedOnes()
    {
        var model = Model("FROM scratch\nARG A B C\nLABEL x=${A:-$B} y=\\$C z='$C' w=\"$C\"\n");

        Assert.Equal(["A", "B", "C"], model.VariableReferences.Select(r => r.Name));
        Range("2:8-2:16", model.VariableReferences[0].Range);
        Range("2:13-2:15", model.VariableReferences[1].Range);
    }

    [Fact]
    public void JsonFormRunHasNoReferencesButShellFormAndUnquotedHeredocsDo()
    {
        var model = Model("FROM scratch\nARG A\nRUN [\"echo\", \"$A\"]\nRUN echo $A\nRUN <<EOF\necho $A\nEOF\nRUN <<'EOF'\necho $A\nEOF\n");

        var refs = model.VariableReferences;
        Assert.Equal(2, refs.Count);
        Assert.All(refs, r => Assert.Equal(VariableExpansion.BuildShell, r.Expansion));
        Range("3:9-3:11", refs[0].Range);
        Range("5:5-5:7", refs[1].Range);
        Assert.All(refs, r => Assert.NotNull(r.Variable));
    }

    [Fact]
    public void RuntimeShellsSeeEnvButNotArg()
    {
        var model = Model("FROM alpine\nARG A\nENV E=1\nCMD echo $A $E\n");

        Assert.Null(model.VariableReferences[0].Variable);
        Assert.Equal(VariableExpansion.RuntimeShell, model.VariableReferences[0].Expansion);
        Assert.NotNull(model.VariableReferences[1].Variable);
    }

    [Fact]
    public void AStageInheritsTheEnvButNotTheArgsOfItsBaseStage()
    {
        var model = Model("FROM scratch AS base\nARG A=1\nENV E=2\nFROM base\nLABEL a=$A e=$E\n");

        var refs = model.VariableReferences;
        Assert.Null(refs[0].Variable);
        Assert.Same(model.Stages[0].GetVariable("E"), refs[1].Variable);
        Assert.True(model.Stages[1].HasKnownBaseEnvironment);
        var scope = model.GetVariablesInScope(new TextPosition(4, 0));
        Assert.Contains(scope, b => b.Name == "E" && b.Value == "2");
        Assert.DoesNotContain(scope, b => b.Name == "A");
    }

    [Fact]
    public void VariablesInScopeDependOnThePosition()
    {
        var model = Model("ARG G=g\nFROM alpine\nARG A=a\nRUN x\nENV B=b\n");

        Assert.Contains(model.GetVariablesInScope(new TextPosition(1, 5)), b => b.Name == "G");
        Assert.Contains(model.GetVariablesInScope(new TextPosition(1, 5)), b => b.Name == "TARGETARCH");
        var inRun = model.GetVariablesInScope(new TextPosition(3, 4)).Select(b => b.Name).ToList();
        Assert.Contains("A", inRun);
        Assert.Contains("HTTP_PROXY", inRun);
        Assert.DoesNotContain("B", inRun);
        Assert.DoesNotContain("G", inRun);
        Assert.DoesNotContain("TARGETARCH", inRun);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void HeredocNamesHaveRangesInTheMarkerAndTheTerminator(string eol)
    {
        var model = Model("FROM alpine\nRUN <<-\"EOT\" cat && <<B cat\n\tbody\n\tEOT\nb\nB\n", eol);

        Assert.Equal(["EOT", "B"], model.Heredocs.Select(h => h.Name));
        Range("1:8-1:11", model.Heredocs[0].NameRange);
        Range("3:1-3:4", model.Heredocs[0].TerminatorRange!.Value);
        Range("1:22-1:23", model.Heredocs[1].NameRange);
        Range("5:0-5:1", model.Heredocs[1].TerminatorRange!.Value);
    }

    [Fact]
    public void AVariableSymbolGathersTheGlobalArgAndTheStagesThatRedeclareIt()
    {
        var model = Model("ARG V=1\nFROM a:$V\nARG V\nRUN echo $V\nFROM b\nARG V\nFROM c\nARG V=2\nRUN echo $V\n");

        var symbol = model.FindSymbol(new TextPosition(3, 10))!;
        Assert.Equal(SymbolKind.Variable, symbol.Kind);
        Range("3:10-3:11", symbol.Range);
        Assert.Equal(
            ["0:4-0:5", "2:4-2:5", "5:4-5:5", "1:8-1:9", "3:10-3:11"],
            symbol.Occurrences.Select(o => $"{o.Range.Start.Line}:{o.Range.Start.Character}-{o.Range.End.Line}:{o.Range.End.Character}"));
        Assert.Equal(3, symbol.Definitions.Count());

        var own = model.FindSymbol(new TextPosition(8, 10))!;
        Assert.Equal(2, own.Occurrences.Count);
    }

    [Fact]
    public void AStageSymbolGathersItsNameAndEveryReference()
    {
        var model = Model("FROM alpine AS base\nFROM base\nCOPY --from=0 /a /a\nCOPY --from=BASE /b /b\n");

        var symbol = model.FindSymbol(new TextPosition(3, 13))!;
        Assert.Equal(SymbolKind.Stage, symbol.Kind);
        Assert.Same(model.Stages[0], symbol.Stage);
        Assert.Equal([true, false, false, false], symbol.Occurrences.Select(o => o.IsDefinition));
        Assert.Equal([true, true, false, true], symbol.Occurrences.Select(o => o.IsRenamable));
        Assert.Null(model.FindSymbol(new TextPosition(0, 7)));
    }

    [Fact]
    public void AHeredocSymbolGathersMarkerAndTerminator()
    {
        var symbol = Model("FROM a\nCOPY <<FILE /f\nx\nFILE\n").FindSymbol(new TextPosition(3, 2))!;

        Assert.Equal(SymbolKind.Heredoc, symbol.Kind);
        Assert.Equal(["1:7-1:11", "3:0-3:4"], symbol.Occurrences.Select(o => $"{o.Range.Start.Line}:{o.Range.Start.Character}-{o.Range.End.Line}:{o.Range.End.Character}"));
    }

    [Fact]
    public void BuildsAModelForAnyText()
    {
        foreach (var text in new[] { "", "ARG", "FROM", "ENV =", "FROM a\nENV ${\nLABEL $", "FROM a\nCOPY --from= /a /b\nRUN --mount=from=,from /x", "FROM a\nLABEL x=${A:-${B:-${C}", "ARG A=${" })
        {
            var model = DockerfileSemanticModel.Create(DockerfileParser.Parse(text));
            Assert.NotNull(model);
            _ = model.FindSymbol(new TextPosition(1, 8));
            _ = model.GetVariablesInScope(new TextPosition(1, 8));
        }
    }
}

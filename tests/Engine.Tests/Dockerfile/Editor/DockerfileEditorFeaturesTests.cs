using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Editor;
using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Editor;

/// <summary>Completion, hover, rename targets, code lenses and FROM images as plain engine calls (issue #10).</summary>
public sealed class DockerfileEditorFeaturesTests
{
    private const string Dockerfile =
        "ARG BASE=alpine:3.20\n" +              // 0
        "FROM $BASE AS build\n" +               // 1
        "ENV GREETING=hello\n" +                // 2
        "RUN echo $GREETING\n" +                // 3
        "FROM scratch AS final\n" +             // 4
        "COPY --from=build /out /out\n" +       // 5
        "FROM build\n";                         // 6

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void CompletesKeywordsFlagsStagesAndVariables(string eol)
    {
        var snapshot = DockerfileSnapshot.Create(Text(Dockerfile + "COPY --from=\nRUN --\nRUN echo ${\nWO\n", eol), 1);

        var stages = DockerfileCompletion.Get(snapshot, new TextPosition(7, 12), snippets: false);
        var flags = DockerfileCompletion.Get(snapshot, new TextPosition(8, 6), snippets: false);
        var variables = DockerfileCompletion.Get(snapshot, new TextPosition(9, 11), snippets: false);
        var keywords = DockerfileCompletion.Get(snapshot, new TextPosition(10, 2), snippets: false);

        Assert.Equal(["build", "final"], stages.Select(c => c.Label));
        Range("7:12-7:12", stages[0].ReplaceRange);
        Assert.Contains("--mount", flags.Select(c => c.Label));
        Assert.All(flags, c => Assert.Equal(CompletionCandidateKind.Flag, c.Kind));
        Assert.Contains(variables, c => c.Label == "GREETING");   // FROM build inherits its ENV
        Assert.Contains(keywords, c => c.Label == "WORKDIR" && c.InsertText == "WORKDIR ");
        Range("10:0-10:2", keywords[0].ReplaceRange);
    }

    [Fact]
    public void CompletesVariablesOfTheStage()
    {
        var snapshot = DockerfileSnapshot.Create("FROM scratch\nENV GREETING=hello\nWORKDIR ${\n", 1);

        var variables = DockerfileCompletion.Get(snapshot, new TextPosition(2, 10), snippets: false);

        var greeting = Assert.Single(variables, c => c.Label == "GREETING");
        Assert.Equal("${GREETING}", greeting.InsertText);
        Assert.Equal("hello", greeting.Detail);
    }

    [Fact]
    public void HoversKeywordsVariablesAndStageReferences()
    {
        var snapshot = DockerfileSnapshot.Create(Dockerfile, 1);

        var keyword = DockerfileHover.Get(snapshot, new TextPosition(3, 1));
        var variable = DockerfileHover.Get(snapshot, new TextPosition(3, 12));
        var stage = DockerfileHover.Get(snapshot, new TextPosition(5, 14));

        Assert.Contains("Runs a command", keyword!.Markdown, StringComparison.Ordinal);
        Range("3:0-3:3", keyword.Range);
        Assert.Contains("GREETING=hello", variable!.Markdown, StringComparison.Ordinal);
        Assert.Contains("Build stage `build`", stage!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void RenameFindsEveryOccurrenceOfAStage()
    {
        var snapshot = DockerfileSnapshot.Create(Dockerfile, 1);

        var symbol = snapshot.Semantics.FindSymbol(new TextPosition(5, 14));

        Assert.NotNull(symbol);
        Assert.Equal(SymbolKind.Stage, symbol.Kind);
        Assert.Equal(["1:14-1:19", "5:12-5:17", "6:5-6:10"], symbol.Occurrences.Where(o => o.IsRenamable).OrderBy(o => o.Range.Start).Select(o => $"{o.Range.Start.Line}:{o.Range.Start.Character}-{o.Range.End.Line}:{o.Range.End.Character}"));
    }

    [Fact]
    public void PutsALensOnNamedStagesOnly()
    {
        var lenses = DockerfileCodeLenses.Get(DockerfileSnapshot.Create(Dockerfile, 1));

        Assert.Equal(["build", "final"], lenses.Select(l => l.StageName));
        Range("1:0-1:4", lenses[0].Range);
    }

    [Fact]
    public void FindsTheFromImageWithArgumentsSubstituted()
    {
        var snapshot = DockerfileSnapshot.Create(Dockerfile, 1);

        var image = DockerfileBaseImages.At(snapshot, new TextPosition(1, 7));

        Assert.Equal("alpine:3.20", image!.Reference);
        Range("1:5-1:10", image.Range);
        Assert.Null(DockerfileBaseImages.At(snapshot, new TextPosition(4, 7)));   // scratch
        Assert.Null(DockerfileBaseImages.At(snapshot, new TextPosition(6, 7)));   // a stage
        Assert.Null(DockerfileBaseImages.At(snapshot, new TextPosition(3, 7)));   // not FROM
    }

    [Theory]
    [InlineData("FROM \n", 0, 5, true)]
    [InlineData("FROM alp\n", 0, 8, true)]
    [InlineData("FROM --platform=linux/amd64 alp\n", 0, 31, true)]
    [InlineData("FROM --platform=linux/am\n", 0, 24, false)]
    [InlineData("FROM alpine \n", 0, 12, false)]
    [InlineData("RUN alp\n", 0, 7, false)]
    public void CompletesLocalImagesOnlyWhereTheBaseImageGoes(string text, int line, int character, bool expected)
    {
        var candidates = DockerfileBaseImages.Complete(DockerfileSnapshot.Create(text, 1), new TextPosition(line, character), ["busybox:latest", "alpine:3.20"]);

        Assert.Equal(expected ? ["alpine:3.20", "busybox:latest"] : [], candidates.Select(c => c.Label));
        Assert.All(candidates, c => Assert.Equal(CompletionCandidateKind.Image, c.Kind));
    }

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(999, "999 B")]
    [InlineData(1_000, "1 kB")]
    [InlineData(4_261_590, "4.26 MB")]
    [InlineData(1_500_000_000, "1.5 GB")]
    public void FormatsSizesInDecimalUnitsAsDockerImagesDoes(long bytes, string expected) =>
        Assert.Equal(expected, DockerfileBaseImages.FormatSize(bytes));

    [Fact]
    public void DescribesAnImage()
    {
        var text = DockerfileBaseImages.HoverText(new EditorImageFacts("busybox:latest", 4_261_590, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), 1, "linux/amd64"));

        Assert.Equal("**busybox:latest** (local image)\n\n4.26 MB · 1 layer · linux/amd64\n\nCreated 2026-01-02 03:04:05 UTC", text);
    }
}

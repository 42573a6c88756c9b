using System.Globalization;
using System.Text;
using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Semantics;
using Xunit.Abstractions;

namespace Containers.Engine.Tests.Dockerfile;

/// <summary>
/// The analysis of an edited snapshot (<see cref="DockerfileSnapshot.Update"/>, issue #10) keeps the diagnostics of the
/// stages the edit cannot have changed; the result must be exactly that of a full analysis. After each of 10,000 seeded
/// random edits, aimed half the time at what other stages depend on (stage names, FROM lines, ARGs before the first
/// FROM, <c>--from=</c> references, here-documents, parser directives, SHELL and ENV in base stages), every diagnostic
/// (rule, code, range, message, severity) and the semantic model are compared with <see cref="DockerfileSnapshot.Create"/>
/// of the same text.
/// </summary>
public sealed class DockerfileIncrementalAnalysisTests(ITestOutputHelper output)
{
    private const int Seed = 20261129;

    // Multi-stage files whose stages depend on each other in every way the analysis knows, with findings in most stages.
    private static readonly string[] s_files =
    [
        """
        # syntax=docker/dockerfile:1
        # check=skip=StageNameCasing
        ARG BASE=alpine:3.20
        ARG VERSION
        FROM $BASE AS base
        ENV APP=/app PATH=/usr/bin
        SHELL ["/bin/sh", "-c"]
        WORKDIR app
        CMD run-it
        FROM base AS Build
        ARG VERSION
        RUN --mount=type=cache,target=/root/.cache,from=base echo $VERSION $APP | tee /x
        COPY --from=base /a /b
        COPY --from=7 /a /b
        run <<EOF
        echo ${APP:-x} $UNKNOWN
        EOF
        EXPOSE 80:80 8080/TCP
        FROM scratch AS scratchy
        ENV ONE=1
        COPY $ONE $TWO /dst/
        WORKDIR rel
        FROM scratchy AS child
        LABEL a=$ONE b=$TWO
        COPY --from=build /x /y
        HEALTHCHECK --interval=1x CMD true
        CMD ["a"]
        CMD b
        FROM build
        ENV secret_token=1
        COPY --from=2 --from=child /a /b
        RUN --network=bogus true
        FROM child AS last
        USER root
        ENTRYPOINT go
        """,
        """
        ARG A=1
        ARG B=${A}2
        FROM scratch AS s0
        ENV X=$A
        COPY $B $X /d/
        FROM s0 AS s1
        COPY $X $Y /e/
        RUN <<-"EOT" cat
        	$X
        	EOT
        FROM s1 AS s2
        ENV Y=2
        COPY $Y /f/
        FROM s2 AS S2
        MAINTAINER me
        FROM busybox:$A
        ONBUILD RUN x
        ADD --checksum=sha256:0 a b
        """,
        """
        FROM scratch AS a
        from scratch as b
        FROM a AS c
        copy --from=b x y
        FROM c
        run true
        """,
    ];

    private static readonly string[] s_fragments =
    [
        "FROM ", "FROM scratch AS z\n", "FROM base AS x\n", "AS ", " AS build", "base", "build", "child", "scratchy", "Base",
        "--from=", "--from=base ", "--from=0 ", "--from=9 ", "from=", ",from=child", "ARG ", "ARG A=2\n", "ARG VERSION=1\n",
        "ENV ", "ENV TWO=2\n", "ENV UNKNOWN=u\n", "SHELL [\"pwsh\"]\n", "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n",
        "CMD x\n", "WORKDIR /abs\n", "WORKDIR rel\n", "<<EOF\n", "\nEOF\n", "EOF\n", "<<-EOT\n", "EOT\n", "# check=error=true\n",
        "# check=skip=all\n", "# escape=`\n", "# syntax=x\n", "# hadolint ignore=DL3020\n", "# dockerfile-utils: ignore\n",
        "$", "${", "}", "$TWO ", "$UNKNOWN", "\\\n", "\n", "\r\n", " ", "#", "x", "run ", "RUN ", "copy ", "CMD ", "ENTRYPOINT y\n",
        "USER root\n", "EXPOSE 80/TCP\n", "MAINTAINER m\n", "ONBUILD ", "HEALTHCHECK --retries=x CMD y\n", "\"", "'",
    ];

    // What the edits aim at: the places other stages depend on.
    private static readonly string[] s_targets =
    [
        "FROM", "from", " AS ", " as ", "--from=", "from=", "ARG", "ENV", "SHELL", "EOF", "EOT", "<<", "# ", "$", "base", "build", "child", "scratch",
    ];

    [Fact]
    public void TenThousandRandomEditsAnalyseExactlyLikeAFullAnalysis()
    {
        var corpus = Directory.GetFiles(DockerfileAssert.CorpusDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(File.ReadAllText);
        var files = s_files.Concat(corpus).ToArray();
        var random = new Random(Seed);
        int edits = 0, reused = 0, analysed = 0, reusedStage = 0;
        for (var file = 0; edits < 10_000; file = (file + 1) % files.Length)
        {
            var text = files[file];
            var snapshot = DockerfileSnapshot.Create(text, 0);
            _ = snapshot.Diagnostics;
            for (var i = 0; i < 100; i++, edits++)
            {
                var edited = Edit(random, text);
                var updated = snapshot.Update(edited, i + 1);

                // Now and then a version is not analysed: the next one then starts from the last analysed one.
                if (random.Next(6) == 0)
                {
                    (text, snapshot) = (edited, updated);
                    continue;
                }

                var full = DockerfileSnapshot.Create(edited, i + 1);
                var expected = Dump(full.Diagnostics);
                var analysis = updated.Analysis(CancellationToken.None);
                var actual = Dump(analysis.Diagnostics);
                if (expected != actual)
                {
                    Assert.Fail($"edit {i} of file {file} (seed {Seed}):\nbefore: {Escape(text)}\nafter:  {Escape(edited)}\nfull analysis:\n{expected}\nincremental:\n{actual}");
                }

                var expectedModel = Dump(full.Semantics);
                var actualModel = Dump(updated.Semantics);
                if (expectedModel != actualModel)
                {
                    Assert.Fail($"edit {i} of file {file} (seed {Seed}): semantic models differ\nafter:  {Escape(edited)}\nfull:\n{expectedModel}\nincremental:\n{actualModel}");
                }

                reused += analysis.ReusedSegments;
                reusedStage += analysis.ReusedSegments > 1 ? 1 : 0;
                analysed++;
                (text, snapshot) = (edited, updated);
            }
        }

        output.WriteLine($"{edits} edits, {analysed} analysed, seed {Seed}; {reused} segments' diagnostics reused, {reusedStage} analyses kept a stage's");
        Assert.True(reusedStage > 1000, "the analysis of an edit hardly ever kept a stage's diagnostics: the incremental path is not being exercised");
    }

    [Fact]
    public void AKeystrokeInOneStageReusesTheOthersAndMovesThoseAfterIt()
    {
        var text = """
            FROM scratch AS a
            WORKDIR rel
            FROM alpine AS b
            RUN true
            FROM b AS c
            CMD shell-form
            FROM alpine AS d
            EXPOSE 80:80
            """.ReplaceLineEndings("\n");
        var before = DockerfileSnapshot.Create(text, 1);
        _ = before.Diagnostics;

        // A line added in b: b and c (built on b) run again; a is kept as it is, d is moved down a line.
        var after = before.Update(text.Replace("RUN true\n", "RUN true\nRUN false\n", StringComparison.Ordinal), 2);
        var analysis = after.Analysis(CancellationToken.None);
        Assert.Equal(3, analysis.ReusedSegments); // before the first FROM, a and d
        Assert.Same(before.Analysis(CancellationToken.None).Segments[1], analysis.Segments[1]);
        Assert.Equal(Dump(DockerfileSnapshot.Create(after.Text, 2).Diagnostics), Dump(analysis.Diagnostics));
        Assert.Contains(analysis.Diagnostics, d => d.RuleId == "ExposeInvalidFormat" && d.Range.Start.Line == 8);
    }

    [Theory]
    [InlineData("FROM alpine AS b\n", "FROM alpine AS bb\n")] // a stage renamed
    [InlineData("ARG V=1\n", "ARG V=2\n")] // a global ARG
    [InlineData("# check=skip=JSONArgsRecommended\n", "# check=error=true\n")] // a directive
    [InlineData("RUN true\n", "FROM x\n")] // a stage added
    public void AnEditOfWhatOtherStagesReadReanalysesEverything(string original, string replacement)
    {
        var text = "# check=skip=JSONArgsRecommended\nARG V=1\nFROM scratch AS a\nRUN true\nFROM alpine AS b\nCMD x\n";
        var before = DockerfileSnapshot.Create(text, 1);
        _ = before.Diagnostics;
        var after = before.Update(text.Replace(original, replacement, StringComparison.Ordinal), 2);
        var analysis = after.Analysis(CancellationToken.None);
        Assert.Equal(0, analysis.ReusedSegments);
        Assert.Equal(Dump(DockerfileSnapshot.Create(after.Text, 2).Diagnostics), Dump(analysis.Diagnostics));
    }

    private static string Edit(Random random, string text)
    {
        var from = random.Next(text.Length + 1);
        if (random.Next(2) == 0)
        {
            // Aim at a place other stages depend on.
            var target = s_targets[random.Next(s_targets.Length)];
            var found = text.IndexOf(target, random.Next(text.Length + 1), StringComparison.Ordinal) is var at and >= 0 ? at : text.IndexOf(target, StringComparison.Ordinal);
            if (found >= 0)
            {
                from = found + random.Next(target.Length + 1);
            }
        }

        var to = random.Next(3) == 0 ? Math.Min(text.Length, from + random.Next(12)) : from;
        var insert = new StringBuilder();
        var pieces = text.Length > 3000 ? 0 : random.Next(3);
        for (var i = 0; i < pieces; i++)
        {
            insert.Append(s_fragments[random.Next(s_fragments.Length)]);
        }

        if (pieces == 0 && from == to)
        {
            to = Math.Min(text.Length, from + 1);
        }

        return string.Concat(text.AsSpan(0, from), insert.ToString(), text.AsSpan(to));
    }

    private static string Dump(IReadOnlyList<DockerfileDiagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(d => $"{d.Range} {d.RuleId} {d.DockerfileUtilsCode} {d.Severity} {d.Message}"));

    /// <summary>The semantic model as text: stages, variables with declarations and references, stage references, here-documents.</summary>
    private static string Dump(DockerfileSemanticModel model)
    {
        var builder = new StringBuilder();
        void Line(FormattableString line) => builder.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
        void Variable(DockerfileVariable variable)
        {
            Line($"  var {variable.Name} stage {variable.Stage?.Index} predefined {variable.IsPredefined}");
            foreach (var d in variable.Declarations)
            {
                Line($"    decl {d.Kind} {d.NameRange} {d.Instruction.Range} '{d.ValueText}' {d.ValueRange} '{d.Value}' {d.IsValueKnown} inherits {d.Inherits?.Name}/{d.Inherits?.Stage?.Index}");
            }

            foreach (var r in variable.References)
            {
                Line($"    ref {r.NameRange}");
            }
        }

        Line($"stages {model.Stages.Count} globals {model.GlobalVariables.Count}");
        foreach (var variable in model.GlobalVariables)
        {
            Variable(variable);
        }

        foreach (var variable in model.PredefinedVariables.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            Variable(variable);
        }

        foreach (var stage in model.Stages)
        {
            Line($"stage {stage.Index} {stage.DisplayName} {stage.Range} base {stage.BaseStage?.Index} '{stage.ResolvedBaseImage}' known {stage.HasKnownBaseEnvironment} instructions {stage.Instructions.Count}");
            foreach (var instruction in stage.Instructions)
            {
                Line($"  {instruction.Kind} {instruction.Range}");
            }

            foreach (var variable in stage.Variables)
            {
                Variable(variable);
            }
        }

        foreach (var r in model.VariableReferences)
        {
            Line($"ref {r.Name} {r.Range} {r.NameRange} {r.Modifier} {r.Expansion} in {r.Instruction.Range} stage {r.Stage?.Index} -> {r.Variable?.Name}/{r.Variable?.Stage?.Index} {r.Declaration?.NameRange}");
        }

        foreach (var r in model.StageReferences)
        {
            Line($"stageref {r.Kind} '{r.Text}' {r.Range} in {r.Instruction.Range} stage {r.Stage?.Index} -> {r.Target?.Index} index {r.IsIndex}");
        }

        foreach (var h in model.Heredocs)
        {
            Line($"heredoc {h.Name} {h.NameRange} {h.TerminatorRange} in {h.Instruction.Range}");
        }

        return builder.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}

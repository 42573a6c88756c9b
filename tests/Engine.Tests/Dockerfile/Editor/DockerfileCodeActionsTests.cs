using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Editor;
using Containers.Engine.Dockerfile.Syntax;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Editor;

/// <summary>Quick fixes and refactorings as plain engine calls, against the analyzer's own diagnostics (issue #10).</summary>
public sealed class DockerfileCodeActionsTests
{
    [Theory]
    [InlineData("FROM scratch\nRUNN true\n", "UnknownInstruction", "FROM scratch\nRUN true\n")]
    [InlineData("FROM scratch\nCOPY --chwon=1 a /b\n", "UnknownFlag", "FROM scratch\nCOPY --chown=1 a /b\n")]
    [InlineData("FROM scratch\nHEALTHCHECK --intervl=5s CMD true\n", "UnknownFlag", "FROM scratch\nHEALTHCHECK --interval=5s CMD true\n")]
    [InlineData("ARG VERSION=1\nFROM alpine:$VERSON\n", "UndefinedArgInFrom", "ARG VERSION=1\nFROM alpine:$VERSION\n")]
    [InlineData("FROM scratch\nENV HOME_DIR=/h\nWORKDIR $HOME_DIRR\n", "UndefinedVar", "FROM scratch\nENV HOME_DIR=/h\nWORKDIR $HOME_DIR\n")]
    [InlineData("FROM scratch\nMAINTAINER Jane \"J\" $x\n", "MaintainerDeprecated", "FROM scratch\nLABEL org.opencontainers.image.authors=\"Jane \\\"J\\\" \\$x\"\n")]
    [InlineData("from scratch\nmaintainer jane\n", "MaintainerDeprecated", "from scratch\nlabel org.opencontainers.image.authors=\"jane\"\n")]
    [InlineData("FROM scratch\nRUN a \\\n\n  b\n", "NoEmptyContinuation", "FROM scratch\nRUN a \\\n  b\n")]
    [InlineData("FROM alpine as base\n", "FromAsCasing", "FROM alpine AS base\n")]
    [InlineData("from alpine AS base\n", "FromAsCasing", "from alpine as base\n")]
    [InlineData("FROM alpine AS Base\nFROM Base\nCOPY --from=Base /a /b\n", "StageNameCasing", "FROM alpine AS base\nFROM base\nCOPY --from=base /a /b\n")]
    [InlineData("FROM scratch\nEXPOSE 80/TCP 53/udp\n", "ExposeProtoCasing", "FROM scratch\nEXPOSE 80/tcp 53/udp\n")]
    [InlineData("FROM scratch\nENV A b\n", "LegacyKeyValueFormat", "FROM scratch\nENV A=b\n")]
    [InlineData("FROM scratch\nLABEL description a long text\n", "LegacyKeyValueFormat", "FROM scratch\nLABEL description=\"a long text\"\n")]
    [InlineData("FROM scratch\nHEALTHCHECK NONE extra words\n", "HealthcheckNoneArguments", "FROM scratch\nHEALTHCHECK NONE\n")]
    [InlineData("# check=skip=UndefindVar\nFROM scratch\n", "InvalidCheckDirective", "# check=skip=UndefinedVar\nFROM scratch\n")]
    [InlineData("FROM scratch\nRUN true\nrun true\n", "ConsistentInstructionCasing", "FROM scratch\nRUN true\nRUN true\n")]
    [InlineData("FROM scratch\nCMD node app.js\n", "JSONArgsRecommended", "FROM scratch\nCMD [\"node\", \"app.js\"]\n")]
    public void ThePreferredFixRemovesTheDiagnostic(string lf, string rule, string expected)
    {
        foreach (var eol in new[] { "\n", "\r\n" })
        {
            var snapshot = DockerfileSnapshot.Create(Text(lf, eol), 1);
            var diagnostic = Assert.Single(snapshot.Diagnostics, d => d.RuleId == rule);

            var actions = DockerfileCodeActions.Get(snapshot, diagnostic.Range, [diagnostic], CancellationToken.None);

            var preferred = Assert.Single(actions, a => a.IsPreferred);
            Assert.Equal(EditorCodeActionKind.QuickFix, preferred.Kind);
            Assert.Same(diagnostic, preferred.Diagnostic);
            var fixedText = EditorEdits.Apply(snapshot, preferred.Edits);
            Assert.Equal(Text(expected, eol), fixedText);
            Assert.DoesNotContain(DockerfileSnapshot.Create(fixedText, 2).Diagnostics, d => d.RuleId == rule);
        }
    }

    [Fact]
    public void OffersBothEscapeCharactersAndNoPreference()
    {
        var snapshot = DockerfileSnapshot.Create("# escape=x\nFROM scratch\n", 1);
        var diagnostic = Assert.Single(snapshot.Diagnostics, d => d.RuleId == "InvalidEscapeDirective");

        var fixes = DockerfileCodeActions.Get(snapshot, diagnostic.Range, [diagnostic], CancellationToken.None).Where(a => a.Title.StartsWith("Change", StringComparison.Ordinal)).ToList();

        Assert.Equal(["# escape=\\\nFROM scratch\n", "# escape=`\nFROM scratch\n"], fixes.Select(f => EditorEdits.Apply(snapshot, f.Edits)));
        Assert.All(fixes, f => Assert.False(f.IsPreferred));
    }

    [Fact]
    public void RemovesAnUnknownOrDuplicateFlagWithItsBlank()
    {
        var snapshot = DockerfileSnapshot.Create("FROM scratch\nCOPY --zzz --from=a --from=b x /y\n", 1);
        var unknown = Assert.Single(snapshot.Diagnostics, d => d.RuleId == "UnknownFlag");
        var duplicates = snapshot.Diagnostics.Where(d => d.RuleId == "FlagDuplicate").ToList();

        var remove = Assert.Single(DockerfileCodeActions.Get(snapshot, unknown.Range, [unknown], CancellationToken.None), a => a.Title == "Remove '--zzz'");
        var removeDuplicate = DockerfileCodeActions.Get(snapshot, duplicates[^1].Range, [duplicates[^1]], CancellationToken.None).First(a => a.Title.StartsWith("Remove this", StringComparison.Ordinal));

        Assert.Equal("FROM scratch\nCOPY --from=a --from=b x /y\n", EditorEdits.Apply(snapshot, remove.Edits));
        var afterDuplicate = EditorEdits.Apply(snapshot, removeDuplicate.Edits);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(afterDuplicate, "--from="));
        Assert.DoesNotContain("  ", afterDuplicate, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void IgnoringARuleInsertsAHadolintCommentTheAnalyzerHonours(string eol)
    {
        var snapshot = DockerfileSnapshot.Create(Text("FROM scratch\n\tMAINTAINER me\n", eol), 1);
        var diagnostic = Assert.Single(snapshot.Diagnostics);

        var ignore = Assert.Single(DockerfileCodeActions.Get(snapshot, diagnostic.Range, [diagnostic], CancellationToken.None), a => a.Title == "Ignore MaintainerDeprecated for this instruction");
        var text = EditorEdits.Apply(snapshot, ignore.Edits);

        Assert.Equal(Text("FROM scratch\n\t# hadolint ignore=MaintainerDeprecated\n\tMAINTAINER me\n", eol), text);
        Assert.Empty(DockerfileSnapshot.Create(text, 2).Diagnostics);
    }

    [Fact]
    public void FixesRulesOfBuildKitKnownByNameEvenBeforeTheAnalyzerReportsThem()
    {
        // ConsistentInstructionCasing and JSONArgsRecommended are BuildKit checks: their fixes work from the diagnostic's range.
        var snapshot = DockerfileSnapshot.Create("FROM scratch\nRUN true\nrun true\nCMD node app.js\n", 1);
        var casing = new DockerfileDiagnostic("ConsistentInstructionCasing", null, DiagnosticSeverity.Warning, "x", new TextRange(2, 0, 2, 3));
        var json = new DockerfileDiagnostic("JSONArgsRecommended", null, DiagnosticSeverity.Warning, "x", new TextRange(3, 4, 3, 15));

        var casingFix = Assert.Single(DockerfileCodeActions.Get(snapshot, casing.Range, [casing], CancellationToken.None), a => a.IsPreferred);
        var jsonFix = Assert.Single(DockerfileCodeActions.Get(snapshot, json.Range, [json], CancellationToken.None), a => a.IsPreferred);

        Assert.Equal("FROM scratch\nRUN true\nRUN true\nCMD node app.js\n", EditorEdits.Apply(snapshot, casingFix.Edits));
        Assert.Equal("FROM scratch\nRUN true\nrun true\nCMD [\"node\", \"app.js\"]\n", EditorEdits.Apply(snapshot, jsonFix.Edits));
    }

    [Fact]
    public void KeepsTheStagesShellWhenTheCommandNeedsOne()
    {
        var snapshot = DockerfileSnapshot.Create("FROM scratch\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN a | b \\\n  && c\n", 1);

        var json = Assert.Single(DockerfileCodeActions.Get(snapshot, new TextRange(2, 1, 2, 1), [], CancellationToken.None), a => a.Title.StartsWith("Convert to JSON", StringComparison.Ordinal));

        Assert.Equal(EditorCodeActionKind.RefactorRewrite, json.Kind);
        Assert.Null(json.Diagnostic);
        Assert.Equal("FROM scratch\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\", \"a | b   && c\"]\n", EditorEdits.Apply(snapshot, json.Edits));
    }

    [Theory]
    [InlineData("FROM scratch\nRUN <<EOF\necho\nEOF\n", 1)]
    [InlineData("FROM scratch\nCMD [\"a\"]\n", 1)]
    [InlineData("FROM scratch\nWORKDIR /a\n", 1)]
    public void OffersNoJsonFormWhereThereIsNone(string text, int line)
    {
        var snapshot = DockerfileSnapshot.Create(text, 1);

        var actions = DockerfileCodeActions.Get(snapshot, new TextRange(line, 1, line, 1), [], CancellationToken.None);

        Assert.DoesNotContain(actions, a => a.Title.Contains("JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void ADiagnosticOfAnOlderVersionFindsNothingToFix()
    {
        var old = DockerfileSnapshot.Create("FROM scratch\nRUNN true\n", 1);
        var diagnostic = Assert.Single(old.Diagnostics);
        var current = DockerfileSnapshot.Create("FROM scratch\n", 2);

        var actions = DockerfileCodeActions.Get(current, diagnostic.Range, [diagnostic], CancellationToken.None);

        Assert.DoesNotContain(actions, a => a.Kind == EditorCodeActionKind.QuickFix && a.Title.StartsWith("Change", StringComparison.Ordinal));
    }
}

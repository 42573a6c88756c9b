using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Analysis;

/// <summary># check= directive, suppression comments and per-rule severities.</summary>
public sealed class SuppressionAndConfigurationTests
{
    // Two build checks (MaintainerDeprecated, StageNameCasing) and one error that is no build check (UnknownInstruction).
    private const string Problems = "FROM alpine AS Build\nMAINTAINER me\nFORM x\n";

    private static string[] Rules(string text, DockerfileAnalyzerOptions? options = null) =>
        [.. DockerfileSnapshot.Create(text, 1).GetDiagnostics(options ?? DockerfileAnalyzerOptions.Default, CancellationToken.None).Select(d => d.RuleId)];

    [Fact]
    public void WithoutControlsEveryRuleReports()
    {
        Assert.Equal(["StageNameCasing", "MaintainerDeprecated", "UnknownInstruction"], Rules(Problems));
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void TheCheckDirectiveSkipsNamedBuildChecks(string eol)
    {
        Assert.Equal(["StageNameCasing", "UnknownInstruction"], Rules(Text("# check=skip=MaintainerDeprecated\n" + Problems, eol)));
        Assert.Equal(["UnknownInstruction"], Rules(Text("#check = skip=MaintainerDeprecated,StageNameCasing\n" + Problems, eol)));
    }

    [Fact]
    public void SkipAllLeavesErrorsThatAreNoBuildChecks()
    {
        Assert.Equal(["UnknownInstruction"], Rules("# check=skip=all\n" + Problems));
    }

    [Fact]
    public void ErrorTrueMakesBuildChecksErrors()
    {
        var diagnostics = DockerfileSnapshot.Create("# check=error=true;skip=StageNameCasing\n" + Problems, 1).Diagnostics;

        Assert.Equal(["MaintainerDeprecated", "UnknownInstruction"], diagnostics.Select(d => d.RuleId));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void TheCheckDirectiveCanBeIgnored()
    {
        var options = new DockerfileAnalyzerOptions { HonorCheckDirective = false };

        Assert.Equal(["StageNameCasing", "MaintainerDeprecated", "UnknownInstruction"], Rules("# check=skip=all\n" + Problems, options));
    }

    [Fact]
    public void ReportsAMalformedCheckDirectiveAndUnknownRuleNames()
    {
        var diagnostics = DockerfileSnapshot.Create("# check=skip=maintainerdeprecated;error=yes\nFROM alpine\n", 1).Diagnostics;

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("InvalidCheckDirective", d.RuleId));
        Assert.Equal("Invalid value 'yes' for check option error, expected true or false", diagnostics[0].Message);
        Assert.Equal(DiagnosticSeverity.Error, diagnostics[0].Severity);
        Assert.Equal(InvalidCheckDirectiveRule.UnknownRuleMessage("maintainerdeprecated"), diagnostics[1].Message);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[1].Severity);
        Range("0:8-0:43", diagnostics[0].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void DockerfileUtilsIgnoreDropsEverythingOnTheNextInstructionOnly(string eol)
    {
        var text = Text("FROM alpine AS Build\n# dockerfile-utils: ignore\nMAINTAINER me\n#dockerfile-utils: ignore\n\nFORM x\n", eol);

        Assert.Equal(["StageNameCasing", "UnknownInstruction"], Rules(text));
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void HadolintIgnoreDropsTheNamedRulesOnTheNextInstruction(string eol)
    {
        var text = Text("FROM alpine AS Build\n# hadolint ignore=DL4000\n# why: legacy\nMAINTAINER me\n# hadolint ignore=StageNameCasing,UnknownInstruction\nFORM x\nMAINTAINER again\n", eol);

        Assert.Equal(["StageNameCasing", "MaintainerDeprecated"], Rules(text));
    }

    [Fact]
    public void HadolintGlobalIgnoreDropsTheRulesEverywhere()
    {
        Assert.Equal(["UnknownInstruction"], Rules("# hadolint global ignore=DL4000,StageNameCasing\n" + Problems));
    }

    [Fact]
    public void SuppressionCommentsCanBeIgnored()
    {
        var options = new DockerfileAnalyzerOptions { HonorSuppressionComments = false };

        Assert.Equal(["StageNameCasing", "MaintainerDeprecated", "UnknownInstruction"], Rules("# hadolint global ignore=DL4000,StageNameCasing\n" + Problems, options));
    }

    [Fact]
    public void RuleSeveritiesChangeOrTurnOffRules()
    {
        var options = new DockerfileAnalyzerOptions
        {
            RuleSeverities = new Dictionary<string, DiagnosticSeverity?> { ["MaintainerDeprecated"] = DiagnosticSeverity.Error, ["StageNameCasing"] = null },
        };

        var diagnostics = DockerfileSnapshot.Create(Problems, 1).GetDiagnostics(options, CancellationToken.None);

        Assert.Equal(["MaintainerDeprecated", "UnknownInstruction"], diagnostics.Select(d => d.RuleId));
        Assert.Equal(DiagnosticSeverity.Error, diagnostics[0].Severity);
    }

    [Fact]
    public void ListsEveryRuleWithItsCodesAndWhetherItIsABuildCheck()
    {
        var rules = DockerfileAnalyzer.Rules;

        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        var maintainer = Assert.Single(rules, r => r.Id == "MaintainerDeprecated");
        Assert.True(maintainer.IsBuildCheck);
        Assert.Equal(["DL4000"], maintainer.HadolintCodes);
        Assert.False(Assert.Single(rules, r => r.Id == "UnknownInstruction").IsBuildCheck);
        Assert.Equal(38, Assert.Single(rules, r => r.Id == "UnknownInstruction").DockerfileUtilsCode);
    }
}

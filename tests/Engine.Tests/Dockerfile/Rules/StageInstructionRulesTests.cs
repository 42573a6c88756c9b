using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>MultipleInstructionsDisallowedRule, MaintainerDeprecatedRule and ArgumentMissingRule.</summary>
public sealed class StageInstructionRulesTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsAboutAllButTheLastCmdEntrypointAndHealthcheckOfAStage(string eol)
    {
        var diagnostics = RuleRunner.Of("MultipleInstructionsDisallowed", Text(
            "FROM a\ncmd one\nENTRYPOINT [\"x\"]\nCMD two\nCMD three\nHEALTHCHECK NONE\nFROM b\nCMD four\nONBUILD CMD five\nHEALTHCHECK CMD true\n", eol));

        Assert.Equal([1, 3], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(MultipleInstructionsDisallowedRule.Message("cmd"), diagnostics[0].Message);
        Assert.All(diagnostics, d => Assert.Equal((37, DiagnosticSeverity.Warning), (d.DockerfileUtilsCode, d.Severity)));
        Range("1:0-1:3", diagnostics[0].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsThatMaintainerIsDeprecated(string eol)
    {
        var diagnostic = Assert.Single(RuleRunner.Diagnostics(Text("FROM a\n  MAINTAINER someone@example.com\n", eol)));

        Assert.Equal("MaintainerDeprecated", diagnostic.RuleId);
        Assert.Equal(MaintainerDeprecatedRule.Message(), diagnostic.Message);
        Assert.Equal((45, DiagnosticSeverity.Warning), (diagnostic.DockerfileUtilsCode, diagnostic.Severity));
        Range("1:2-1:12", diagnostic.Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void ReportsInstructionsThatNeedArgumentsOnTheirKeyword(string eol)
    {
        var diagnostics = RuleRunner.Of("ArgumentMissing", Text("FROM a\nWORKDIR\nEXPOSE   \nCOPY --link\nONBUILD ADD\nONBUILD\nUSER \\\n\n", eol));

        Assert.Equal(["WORKDIR", "EXPOSE", "COPY", "ADD", "ONBUILD", "USER"], diagnostics.Select(d => Keyword(d)));
        Assert.All(diagnostics, d => Assert.Equal((ArgumentMissingRule.Message(), 2), (d.Message, d.DockerfileUtilsCode)));
        Range("4:8-4:11", diagnostics[3].Range);

        string Keyword(DockerfileDiagnostic d) => Text("FROM a\nWORKDIR\nEXPOSE   \nCOPY --link\nONBUILD ADD\nONBUILD\nUSER \\\n\n", eol)
            .Split(eol)[d.Range.Start.Line][d.Range.Start.Character..d.Range.End.Character];
    }

    [Fact]
    public void AcceptsRunCmdAndEntrypointWithoutArgumentsAndHeredocOnlyInstructions()
    {
        Assert.Empty(RuleRunner.Of("ArgumentMissing", "FROM a\nRUN\nCMD\nENTRYPOINT\nRUN <<EOF\necho\nEOF\n"));
    }
}

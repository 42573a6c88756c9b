using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Analysis.Rules;
using static Containers.Engine.Tests.Dockerfile.DockerfileAssert;

namespace Containers.Engine.Tests.Dockerfile.Rules;

/// <summary>
/// The BuildKit build checks without a dockerfile-utils twin: ExposeInvalidFormat, ExposeProtoCasing, FromAsCasing,
/// StageNameCasing, SecretsUsedInArgOrEnv, LegacyKeyValueFormat; and WorkdirRelativePath (code 50).
/// </summary>
public sealed class BuildKitCheckRulesTests
{
    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsAboutHostMappingsAndUppercaseProtocolsInExpose(string eol)
    {
        var diagnostics = RuleRunner.Diagnostics(Text("FROM a\nEXPOSE 8080:80 80/TCP 127.0.0.1:53:53/udp\n", eol));

        Assert.Equal(["ExposeInvalidFormat", "ExposeProtoCasing", "ExposeInvalidFormat"], diagnostics.Select(d => d.RuleId));
        Assert.Equal(ExposeInvalidFormatRule.Message("8080:80"), diagnostics[0].Message);
        Assert.Equal(ExposeProtoCasingRule.Message("80/TCP"), diagnostics[1].Message);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticSeverity.Warning, (int?)null), (d.Severity, d.DockerfileUtilsCode)));
        Range("1:7-1:14", diagnostics[0].Range);
        Range("1:15-1:21", diagnostics[1].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsWhenAsDoesNotMatchFromsCaseAndAboutUppercaseStageNames(string eol)
    {
        // Mixed keyword casing is the point here; ConsistentInstructionCasing's own warnings are tested elsewhere.
        var diagnostics = RuleRunner.Diagnostics(Text("FROM a as one\nfrom b AS two\nFROM c AS Three\nfrom d as four\nFrom e AS five\n", eol))
            .Where(d => d.RuleId != "ConsistentInstructionCasing").ToList();

        Assert.Equal(["FromAsCasing", "FromAsCasing", "StageNameCasing"], diagnostics.Select(d => d.RuleId));
        Assert.Equal(FromAsCasingRule.Message("FROM", "as"), diagnostics[0].Message);
        Range("0:7-0:9", diagnostics[0].Range);
        Assert.Equal(StageNameCasingRule.Message("Three"), diagnostics[2].Message);
        Range("2:10-2:15", diagnostics[2].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsAboutARelativeWorkdirBeforeAnyOtherInItsStage(string eol)
    {
        var diagnostics = RuleRunner.Of("WorkdirRelativePath", Text(
            "FROM a AS build\nWORKDIR app\nWORKDIR sub\nFROM build\nWORKDIR more\nFROM b\nWORKDIR /abs\nWORKDIR rel\nFROM c\nWORKDIR C:\\app\nWORKDIR $HOME\nFROM d\nWORKDIR src\n", eol));

        Assert.Equal([1, 12], diagnostics.Select(d => d.Range.Start.Line));
        Assert.Equal(WorkdirRelativePathRule.Message("app"), diagnostics[0].Message);
        Assert.Equal((50, DiagnosticSeverity.Warning), (diagnostics[0].DockerfileUtilsCode, diagnostics[0].Severity));
        Range("1:8-1:11", diagnostics[0].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsAboutSecretLookingArgAndEnvNamesOnTheName(string eol)
    {
        var diagnostics = RuleRunner.Of("SecretsUsedInArgOrEnv", Text(
            "ARG GITHUB_TOKEN\nFROM a\nARG VERSION=1 db_password=x\nENV API_KEY abc def\nENV PUBLIC_KEY=a KEY_FILE=b TOKEN_VERSION=1 MONKEY=2 AUTHOR=me\n", eol));

        Assert.Equal(
            [SecretsUsedInArgOrEnvRule.Message("ARG", "GITHUB_TOKEN"), SecretsUsedInArgOrEnvRule.Message("ARG", "db_password"), SecretsUsedInArgOrEnvRule.Message("ENV", "API_KEY")],
            diagnostics.Select(d => d.Message));
        Range("0:4-0:16", diagnostics[0].Range);
        Range("2:14-2:25", diagnostics[1].Range);
        Range("3:4-3:11", diagnostics[2].Range);
    }

    [Theory]
    [MemberData(nameof(LineEndings), MemberType = typeof(DockerfileAssert))]
    public void WarnsAboutTheLegacyKeyValueFormOfEnvAndLabel(string eol)
    {
        var diagnostics = RuleRunner.Of("LegacyKeyValueFormat", Text("FROM a\nENV A 1\nLABEL maintainer \"me\"\nENV B=2 C=3\nLABEL d=4\nONBUILD ENV E 5\n", eol));

        Assert.Equal([LegacyKeyValueFormatRule.Message("ENV"), LegacyKeyValueFormatRule.Message("LABEL"), LegacyKeyValueFormatRule.Message("ENV")], diagnostics.Select(d => d.Message));
        Range("1:4-1:7", diagnostics[0].Range);
        Range("5:12-5:15", diagnostics[2].Range);
    }

    [Fact]
    public void AcceptsConsistentCasingLowercaseNamesAbsoluteWorkdirsAndHarmlessNames()
    {
        Assert.Empty(RuleRunner.Diagnostics(
            "# check=skip=ConsistentInstructionCasing\nfrom a as one\nWORKDIR /app\nWORKDIR sub\nFROM one AS two\nWORKDIR rel\nARG PUBLIC_KEY\nENV KEY_FILE=/run/k MONKEY=1\nEXPOSE 80/tcp 53/udp\n"));
    }
}

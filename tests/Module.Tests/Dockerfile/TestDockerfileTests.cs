using System.Management.Automation;
using Containers.Engine.Dockerfile.Analysis;

namespace Containers.Module.Tests.Dockerfile;

/// <summary>Test-Dockerfile (issue #9): files from paths, wildcards, directories and the pipeline; no engine needed.</summary>
public sealed class TestDockerfileTests : IClassFixture<PowerShellSession>, IDisposable
{
    private const string Valid = "FROM alpine:3.20\nRUN echo ok\n";
    private const string Broken = "FROM alpine:3.20\n  FORM x\n";
    private const string WarningOnly = "FROM alpine:3.20\nRUN a \\\n\n  b\n";

    private readonly PowerShellSession _ps;
    private readonly string _dir = Directory.CreateTempSubdirectory("containers-dockerfile-").FullName;

    public TestDockerfileTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relativePath, string text)
    {
        string path = Path.Combine(_dir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void ReportsEachProblemWithOneBasedLineAndColumn()
    {
        string file = Write("Dockerfile", Broken);

        DockerfileDiagnosticInfo problem = Assert.Single(_ps.Run("Test-Dockerfile -Path $args[0]", file).AssertNoErrors().Objects<DockerfileDiagnosticInfo>());

        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
        Assert.Equal("UnknownInstruction", problem.Rule);
        Assert.Equal(38, problem.Code);
        Assert.Equal("Unknown instruction: FORM", problem.Message);
        Assert.Equal((2, 3, 2, 7), (problem.Line, problem.Column, problem.EndLine, problem.EndColumn));
        Assert.Equal(file, problem.Path);
        Assert.Equal($"{file}:2:3: error UnknownInstruction: Unknown instruction: FORM", problem.ToString());
    }

    [Fact]
    public void TurnsBestPracticesOnByNameOrHadolintCodeAndRulesOffWithExcludeRule()
    {
        string file = Write("Dockerfile", "FROM ubuntu\nCMD echo hi\nUSER root\n");

        Assert.Equal(["JSONArgsRecommended"], _ps.Run("Test-Dockerfile $args[0]", file).AssertNoErrors().Objects<DockerfileDiagnosticInfo>().Select(p => p.Rule));
        Assert.Equal(
            ["FromUntaggedImage", "LastUserRoot"],
            _ps.Run("Test-Dockerfile $args[0] -IncludeRule DL3006, lastuser* -ExcludeRule JSONArgsRecommended", file).AssertNoErrors().Objects<DockerfileDiagnosticInfo>().Select(p => p.Rule));
    }

    [Fact]
    public void WritesInvalidArgumentForAnUnknownRuleNameAndStillChecks()
    {
        string file = Write("Dockerfile", Broken);

        var run = _ps.Run("Test-Dockerfile $args[0] -IncludeRule NoSuchRule", file);

        ErrorRecord error = Assert.Single(run.Errors);
        Assert.Equal("InvalidArgument,Containers.TestDockerfileCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("UnknownInstruction", Assert.Single(run.Objects<DockerfileDiagnosticInfo>()).Rule);
    }

    [Fact]
    public void WritesNothingForAValidDockerfile()
    {
        string file = Write("Dockerfile", Valid);

        Assert.Empty(_ps.Run("Test-Dockerfile $args[0]", file).AssertNoErrors().Output);
    }

    [Fact]
    public void SearchesADirectoryForDockerfileNamesAndSubdirectoriesWithRecurse()
    {
        Write("Dockerfile", Broken);
        Write("notes.txt", Broken);
        Write("sub/app.Dockerfile", Broken);
        Write("sub/Dockerfile.dev", Broken);
        Write("sub/Containerfile", Broken);
        Write("sub/README.md", Broken);
        Write(".hidden/Dockerfile", Broken);

        string[] top = _ps.Run("Test-Dockerfile $args[0] | ForEach-Object Path", _dir).AssertNoErrors().Objects<string>();
        string[] all = _ps.Run("Test-Dockerfile $args[0] -Recurse | ForEach-Object Path", _dir).AssertNoErrors().Objects<string>();

        Assert.Equal([Path.Combine(_dir, "Dockerfile")], top);
        Assert.Equal(
            new[] { "Dockerfile", "sub/Containerfile", "sub/Dockerfile.dev", "sub/app.Dockerfile" }.Select(p => Path.Combine(_dir, p)).Order(StringComparer.Ordinal),
            all.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SearchesTheCurrentDirectoryWithoutAPath()
    {
        Write("Dockerfile", Broken);

        string[] paths = _ps.Run("Push-Location $args[0]; try { Test-Dockerfile | ForEach-Object Path } finally { Pop-Location }", _dir).AssertNoErrors().Objects<string>();

        Assert.Equal([Path.Combine(_dir, "Dockerfile")], paths);
    }

    [Fact]
    public void ExpandsWildcardsInPath()
    {
        Write("a.Dockerfile", Broken);
        Write("b.Dockerfile", Broken);
        Write("c.txt", Broken);

        string[] paths = _ps.Run("Test-Dockerfile -Path (Join-Path $args[0] '*.Dockerfile') | ForEach-Object Path", _dir).AssertNoErrors().Objects<string>();

        Assert.Equal([Path.Combine(_dir, "a.Dockerfile"), Path.Combine(_dir, "b.Dockerfile")], paths);
    }

    [Fact]
    public void TakesFilesFromGetChildItemThroughThePipeline()
    {
        Write("one.Dockerfile", Broken);
        Write("two.Dockerfile", Valid);
        Write("[odd].Dockerfile", Broken);

        string[] paths = _ps.Run("Get-ChildItem $args[0] | Test-Dockerfile | ForEach-Object Path", _dir).AssertNoErrors().Objects<string>();

        Assert.Equal([Path.Combine(_dir, "[odd].Dockerfile"), Path.Combine(_dir, "one.Dockerfile")], paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WritesObjectNotFoundForAMissingPathAndChecksTheOthers()
    {
        string first = Write("first.Dockerfile", Broken);
        string missing = Path.Combine(_dir, "missing.Dockerfile");
        string last = Write("last.Dockerfile", Broken);

        PowerShellSession.Result result = _ps.Run("Test-Dockerfile -Path $args[0], $args[1], $args[2] -ErrorAction Continue", first, missing, last);

        Assert.Null(result.Terminating);
        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("PathNotFound,Containers.TestDockerfileCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(missing, error.TargetObject);
        Assert.Equal([first, last], result.Objects<DockerfileDiagnosticInfo>().Select(d => d.Path));
    }

    [Fact]
    public void QuietWritesOneTrueWhenNoFileHasAnError()
    {
        Write("Dockerfile", Valid);
        Write("sub/Dockerfile", WarningOnly);

        Assert.Equal([true], _ps.Run("Test-Dockerfile $args[0] -Recurse -Quiet", _dir).AssertNoErrors().Objects<bool>());
    }

    [Fact]
    public void QuietWritesOneFalseWhenAnyFileHasAnError()
    {
        string valid = Write("a.Dockerfile", Valid);
        string broken = Write("b.Dockerfile", Broken);

        Assert.Equal([false], _ps.Run("$args | Test-Dockerfile -Quiet", valid, broken, valid).AssertNoErrors().Objects<bool>());
    }

    [Fact]
    public void QuietWritesFalseWhenAPathIsMissing()
    {
        string valid = Write("a.Dockerfile", Valid);

        PowerShellSession.Result result = _ps.Run("Test-Dockerfile $args[0], $args[1] -Quiet -ErrorAction SilentlyContinue", valid, Path.Combine(_dir, "nope"));

        Assert.Equal([false], result.Objects<bool>());
    }

    [Fact]
    public void TakesNoEngineParameters()
    {
        string[] parameters = _ps.Run("(Get-Command Test-Dockerfile).Parameters.Keys").Objects<string>();

        // -Context means an engine's Docker context everywhere in the module; the build context directory is -ContextPath.
        Assert.DoesNotContain("Context", parameters);
        Assert.DoesNotContain("DockerHost", parameters);
        Assert.Contains("ContextPath", parameters);
    }

    [Fact]
    public void ReportsCopyIgnoredFileAgainstTheDockerignoreBesideTheDockerfile()
    {
        string file = Write("Dockerfile", "FROM alpine\nCOPY app.txt secret.txt /app/\n");
        Write(".dockerignore", "secret.txt\n");

        DockerfileDiagnosticInfo problem = Assert.Single(_ps.Run("Test-Dockerfile $args[0]", file).AssertNoErrors().Objects<DockerfileDiagnosticInfo>());

        Assert.Equal("CopyIgnoredFile", problem.Rule);
        Assert.Equal(DiagnosticSeverity.Warning, problem.Severity);
        Assert.Equal("Attempting to Copy file \"secret.txt\" that is excluded by .dockerignore", problem.Message);
        Assert.Equal((2, 14, 2, 24), (problem.Line, problem.Column, problem.EndLine, problem.EndColumn));

        // The Dockerfile's own ignore file wins, as in BuildKit.
        Write("Dockerfile.dockerignore", "app.txt\n");
        problem = Assert.Single(_ps.Run("Test-Dockerfile $args[0]", file).AssertNoErrors().Objects<DockerfileDiagnosticInfo>());
        Assert.Equal((2, 6), (problem.Line, problem.Column));
    }

    [Fact]
    public void ContextPathNamesTheBuildContextWhoseDockerignoreApplies()
    {
        string file = Write("docker/app.Dockerfile", "FROM alpine\nCOPY build/out /app/\n");
        Write(".dockerignore", "build\n");

        Assert.Empty(_ps.Run("Test-Dockerfile $args[0]", file).AssertNoErrors().Output);
        DockerfileDiagnosticInfo problem = Assert.Single(_ps.Run("Test-Dockerfile $args[0] -ContextPath $args[1]", file, _dir).AssertNoErrors().Objects<DockerfileDiagnosticInfo>());
        Assert.Equal("CopyIgnoredFile", problem.Rule);
        Assert.Equal("Attempting to Copy file \"build/out\" that is excluded by .dockerignore", problem.Message);
        string[] relative = _ps.Run("Push-Location $args[0]; try { Test-Dockerfile docker -ContextPath . | ForEach-Object Rule } finally { Pop-Location }", _dir).AssertNoErrors().Objects<string>();
        Assert.Equal(["CopyIgnoredFile"], relative);
    }

    [Fact]
    public void AMissingContextDirectoryStopsTheCommandWithPathNotFound()
    {
        string file = Write("Dockerfile", Valid);

        PowerShellSession.Result result = _ps.Run("Test-Dockerfile $args[0] -ContextPath $args[1]", file, Path.Combine(_dir, "nowhere"));

        Assert.NotNull(result.Terminating);
        Assert.Equal("PathNotFound,Containers.TestDockerfileCommand", result.Terminating.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, result.Terminating.CategoryInfo.Category);
    }

    [Fact]
    public void AMalformedDockerignoreIsAWarningAndTheOtherChecksStillRun()
    {
        string file = Write("Dockerfile", Broken.Replace("FORM x", "FORM x\nCOPY a /b", StringComparison.Ordinal));
        Write(".dockerignore", "[\n");

        PowerShellSession.Result result = _ps.Run("Test-Dockerfile $args[0] -WarningVariable w -WarningAction SilentlyContinue; $w | ForEach-Object Message", file);

        Assert.Empty(result.Errors);
        Assert.Equal("UnknownInstruction", Assert.Single(result.Output, o => o.BaseObject is DockerfileDiagnosticInfo).BaseObject is DockerfileDiagnosticInfo d ? d.Rule : null);
        Assert.Contains(result.Output, o => o.BaseObject is string message && message.Contains(".dockerignore", StringComparison.Ordinal));
    }
}

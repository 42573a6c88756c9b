using System.Management.Automation;
using System.Text;

namespace Containers.Module.Tests.Dockerfile;

/// <summary>Format-Dockerfile (issue #9): in-place rewrite with ShouldProcess, -Check for CI, -PassThru, -Text; no engine needed.</summary>
public sealed class FormatDockerfileTests : IClassFixture<PowerShellSession>, IDisposable
{
    private const string Unformatted = "  FROM alpine:3.20\r\nRUN apk add \\\r\n      curl\r\n";
    private const string Formatted = "FROM alpine:3.20\r\nRUN apk add \\\r\n\tcurl\r\n";

    private readonly PowerShellSession _ps;
    private readonly string _dir = Directory.CreateTempSubdirectory("containers-format-").FullName;

    public FormatDockerfileTests(PowerShellSession ps) => _ps = ps;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relativePath, string text, bool bom = false)
    {
        string path = Path.Combine(_dir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    [Fact]
    public void RewritesAFileInPlaceKeepingLineEndingsAndNothingElse()
    {
        string file = Write("Dockerfile", Unformatted);

        Assert.Empty(_ps.Run("Format-Dockerfile $args[0]", file).AssertNoErrors().Output);

        Assert.Equal(Formatted, File.ReadAllText(file));
    }

    [Fact]
    public void KeepsAByteOrderMark()
    {
        string file = Write("Dockerfile", Unformatted, bom: true);

        _ps.Run("Format-Dockerfile $args[0]", file).AssertNoErrors();

        byte[] bytes = File.ReadAllBytes(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(Formatted, new UTF8Encoding(false).GetString(bytes[3..]));
    }

    [Fact]
    public void CheckReportsOnlyFilesThatWouldChangeAndWritesNothing()
    {
        string bad = Write("bad/Dockerfile", Unformatted);
        Write("good/Dockerfile", Formatted);

        DockerfileFormatResult result = Assert.Single(_ps.Run("Format-Dockerfile $args[0] -Recurse -Check", _dir).AssertNoErrors().Objects<DockerfileFormatResult>());

        Assert.Equal(bad, result.Path);
        Assert.True(result.Changed);
        Assert.False(result.Written);
        Assert.Equal([1, 3], result.ChangedLines);
        Assert.Equal(Unformatted, File.ReadAllText(bad));
    }

    [Fact]
    public void WhatIfLeavesTheFileAsItWas()
    {
        string file = Write("Dockerfile", Unformatted);

        DockerfileFormatResult result = Assert.Single(_ps.Run("Format-Dockerfile $args[0] -WhatIf -PassThru", file).AssertNoErrors().Objects<DockerfileFormatResult>());

        Assert.True(result.Changed);
        Assert.False(result.Written);
        Assert.Equal(Unformatted, File.ReadAllText(file));
    }

    [Fact]
    public void PassThruReportsEveryFileFromThePipeline()
    {
        Write("a.Dockerfile", Unformatted);
        Write("b.Dockerfile", Formatted);

        DockerfileFormatResult[] results = _ps.Run("Get-ChildItem $args[0] -Filter *.Dockerfile | Sort-Object Name | Format-Dockerfile -PassThru", _dir).AssertNoErrors().Objects<DockerfileFormatResult>();

        Assert.Equal([(true, true), (false, false)], results.Select(r => (r.Changed, r.Written)));
        Assert.Equal(Formatted, File.ReadAllText(Path.Combine(_dir, "a.Dockerfile")));
    }

    [Fact]
    public void IndentsWithSpacesWhenAsked()
    {
        string file = Write("Dockerfile", Unformatted);

        _ps.Run("Format-Dockerfile $args[0] -InsertSpaces -TabSize 2", file).AssertNoErrors();

        Assert.Equal("FROM alpine:3.20\r\nRUN apk add \\\r\n  curl\r\n", File.ReadAllText(file));
    }

    [Fact]
    public void WritesObjectNotFoundForAMissingPathAndFormatsTheOthers()
    {
        string a = Write("a.Dockerfile", Unformatted);
        string b = Write("b.Dockerfile", Unformatted);

        var result = _ps.Run("Format-Dockerfile $args[0], $args[1], $args[2] -PassThru", a, Path.Combine(_dir, "missing"), b);

        ErrorRecord error = Assert.Single(result.Errors);
        Assert.Equal("PathNotFound,Containers.FormatDockerfileCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal([a, b], result.Objects<DockerfileFormatResult>().Select(r => r.Path));
        Assert.Equal(Formatted, File.ReadAllText(b));
    }

    [Fact]
    public void FormatsTextWithoutFiles()
    {
        string text = Assert.Single(_ps.Run("Format-Dockerfile -Text $args[0]", Unformatted).AssertNoErrors().Objects<string>());

        Assert.Equal(Formatted, text);
    }
}

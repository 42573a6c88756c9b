using Containers.Engine.Streams.BuildContext;

namespace Containers.Engine.Tests.Streams.BuildContext;

/// <summary>Reading .dockerignore like the CLI's ignorefile.ReadAll, and keeping the build files (issue #5).</summary>
public sealed class DockerIgnoreFileTests
{
    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\r\nb", new[] { "a", "b" })]
    [InlineData("\uFEFFa\n\uFEFFb", new[] { "a", "\uFEFFb" })]
    [InlineData("# comment\n  # not a comment\n", new[] { "# not a comment" })]
    [InlineData("\n \n\t\nx", new[] { "x" })]
    [InlineData("/abs/path\n./rel/./path/\n//double//slash", new[] { "abs/path", "rel/path", "double/slash" })]
    [InlineData("!  keep\n! /root/file\n!./x/../y", new[] { "!keep", "!root/file", "!y" })]
    [InlineData("!\n/", new[] { "!", "/" })]
    [InlineData("a/../../b", new[] { "../b" })]
    public void ParsesLikeTheCli(string text, string[] expected) =>
        Assert.Equal(expected, DockerIgnoreFile.Parse(text));

    [Fact]
    public void AlwaysKeepsTheDockerfileAndTheIgnoreFileWhenExcluded()
    {
        List<string> patterns = DockerIgnoreFile.KeepBuildFiles(["*"], "build/Dockerfile");
        Assert.Equal(["*", "!.dockerignore", "!build/Dockerfile"], patterns);
        IgnoreMatcher matcher = IgnoreMatcher.Create(patterns);
        Assert.False(matcher.IsExcluded(".dockerignore"));
        Assert.False(matcher.IsExcluded("build/Dockerfile"));
        Assert.True(matcher.MayReincludeBelow("build"));
    }

    [Fact]
    public void AddsNothingWhenTheBuildFilesAreNotExcluded() =>
        Assert.Equal(["*.md"], DockerIgnoreFile.KeepBuildFiles(["*.md"], "Dockerfile"));

    [Fact]
    public void LeavesADockerfileFromOutsideTheContextAlone() =>
        Assert.Equal(["*", "!.dockerignore"], DockerIgnoreFile.KeepBuildFiles(["*"], null));
}

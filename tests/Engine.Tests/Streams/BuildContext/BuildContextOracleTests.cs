using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Tests;

namespace Containers.Engine.Tests.Streams.BuildContext;

/// <summary>
/// The docker CLI is the oracle for what a build context holds (issue #5): each case builds the same tree with
/// <c>DOCKER_BUILDKIT=0 docker build</c> and with our engine (<c>COPY . /ctx</c>, no cache) and compares what
/// <c>find</c> sees in /ctx of both images: names, types, modes, sizes, link targets, file mtimes.
/// </summary>
public sealed class BuildContextOracleTests : IDisposable
{
    private static readonly Dictionary<string, string> s_classicBuilder = new() { ["DOCKER_BUILDKIT"] = "0" };

    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    /// <summary>A case: its .dockerignore (null: none) and the tree besides the Dockerfile.</summary>
    private sealed record Case(string Name, string? Ignore, Action<ContextTree> Tree, string Dockerfile = "Dockerfile");

    private static void Sample(ContextTree t) => t
        .File("README.md", "readme").File("README-secret.md", "secret").File("CHANGES.md", "changes")
        .File("main.go", "package main").File("run.sh", "#!/bin/sh", "755").File("private.key", "key", "600")
        .File("docs/keep.md", "keep").File("docs/other.md", "other").File("docs/sub/deep.md", "deep").File("docs/sub/image.png", "png")
        .File("src/app/a.go", "a").File("src/app/a_test.go", "t").File("src/lib/b.go", "b").File("src/keep.md", "k")
        .File("build/out.bin", "bin").File("build/logs/x.log", "log").File("tmp/1.log", "1").File("tmp/keep.log", "kl")
        .File("a.txt", "a").File("b.txt", "b").File("ab.txt", "ab").File("*.txt", "star").File("node_modules/pkg/index.js", "js")
        .Dir("empty").Dir("docs/emptier");

    public static TheoryData<string> Cases() => new(s_cases.Select(c => c.Name));

    private static readonly Case[] s_cases =
    [
        new Case("no .dockerignore", null, Sample),
        new Case("last match wins", "*.md\n!README*.md\nREADME-secret.md\n", Sample),
        new Case("** at any depth", "**/*.md\n**/*.log\n", Sample),
        new Case("exception inside an excluded directory", "docs\n!docs/keep.md\nsrc/*\n!src/lib\n", Sample),
        new Case("exception the walk cannot reach", "docs\n!**/keep.md\n", Sample),
        new Case("everything but one directory", "*\n!src\n", Sample),
        new Case("cleaning, comments, blanks, spaces", "# a comment\n/build/\n./tmp/*.log\n\n  node_modules  \n ! tmp/keep.log\n #not a comment\n", Sample),
        new Case("globs and escapes", "?.txt\n[a]b.txt\n\\*.txt\nsrc/**/*_test.go\n", Sample),
        new Case("directory contents but not the directory", "build/**\ndocs/*\n!docs/sub\n", Sample),
        new Case("excluded Dockerfile and .dockerignore stay in the context", "*\n!a.txt\n", Sample),
        new Case("Dockerfile in an excluded directory", "build\n", t => Sample(t), "build/Dockerfile"),
        new Case("symbolic links are sent as links", "docs\n", t => Sample(t
            .Symlink("to-outside-file", "../outside.txt")
            .Symlink("to-absolute", "/etc/passwd")
            .Symlink("to-outside-dir", "/tmp")
            .Symlink("to-inside", "src/app")
            .Symlink("to-excluded", "docs/keep.md")
            .Symlink("dangling", "no/such/file"))),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TheImageHoldsWhatTheCliPutsThere(string name)
    {
        Case c = s_cases.Single(x => x.Name == name);
        using var tree = new ContextTree();
        c.Tree(tree);
        // A file next to the context that links point at: it must never reach the image.
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(tree.Root)!, "outside.txt"), "outside");
        if (c.Ignore is not null)
        {
            tree.File(".dockerignore", c.Ignore);
        }
        tree.File(c.Dockerfile, $"FROM {TestObjects.Image}\nLABEL {_objects.Label}\nCOPY . /ctx\n");

        string cliImage = DockerCli.Run(s_classicBuilder, "build", "-q", "--no-cache", "-f", tree.PathOf(c.Dockerfile), tree.Root);
        string ourImage;
        using (EngineClient client = await EngineUnderTest.ConnectAsync())
        {
            BuildEvent last = null!;
            await foreach (BuildEvent e in client.Images.BuildAsync(new BuildImageOptions { ContextDirectory = tree.Root, Dockerfile = tree.PathOf(c.Dockerfile), NoCache = true }, CancellationToken.None))
            {
                last = e;
            }
            ourImage = last.ImageId!;
        }

        string[] expected = List(cliImage);
        string[] actual = List(ourImage);
        Assert.True(expected.Length > 1, "the CLI's image has an empty /ctx: " + string.Join('\n', expected));
        Assert.Equal(expected, actual);
        Assert.DoesNotContain(actual, line => line.Contains("outside", StringComparison.Ordinal) && !line.Contains("|link|", StringComparison.Ordinal));
    }

    // One line per entry under /ctx: path|mode|type|size|link target, plus the mtime of regular files (directories
    // the tar does not list get the time of extraction, which differs between any two builds).
    private string[] List(string image)
    {
        string script = "find /ctx | while read -r f; do "
            + "if [ -f \"$f\" ] && [ ! -L \"$f\" ]; then stat -c '%n|%a|%F|%s|%Y' \"$f\"; "
            + "elif [ -L \"$f\" ]; then echo \"$f|link|$(readlink \"$f\")\"; "
            + "else stat -c '%n|%a|%F' \"$f\"; fi; done";
        return [.. DockerCli.Lines("run", "--rm", "--network", "none", "--label", _objects.Label, image, "sh", "-c", script).Order(StringComparer.Ordinal)];
    }
}

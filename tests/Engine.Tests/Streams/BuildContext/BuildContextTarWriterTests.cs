using System.Formats.Tar;
using Containers.Engine.Streams.BuildContext;
using Containers.Tests;

namespace Containers.Engine.Tests.Streams.BuildContext;

/// <summary>
/// The context tar itself (issue #5), read back with a tar reader and compared with the file system: order,
/// types, modes, mtimes, links. What the daemon makes of it is the oracle tests' job.
/// </summary>
public sealed class BuildContextTarWriterTests : IDisposable
{
    private readonly ContextTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static async Task<List<TarEntry>> WriteAndReadAsync(BuildContextSource source)
    {
        using var buffer = new MemoryStream();
        await BuildContextTarWriter.WriteAsync(source, buffer, null, CancellationToken.None);
        buffer.Position = 0;
        var entries = new List<TarEntry>();
        using var reader = new TarReader(buffer);
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            entries.Add(entry);
        }
        return entries;
    }

    private static string Name(TarEntry e) => e.Name.TrimEnd('/');

    [Fact]
    public async Task WritesEntriesDepthFirstInNameOrderWithModesMtimesAndLinksAsTheyAre()
    {
        _tree.File("Dockerfile", "FROM scratch").File("b/z.txt", "z").File("b/a.sh", "#!/bin/sh", "750").File("a.txt", "a", "600")
            .File("b.txt", "bb").Symlink("link-out", "../../etc/passwd").Symlink("link-dir", "/tmp").Dir("empty");
        File.SetLastWriteTimeUtc(_tree.PathOf("a.txt"), new DateTime(2020, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc));

        List<TarEntry> entries = await WriteAndReadAsync(BuildContextSource.Prepare(_tree.Root, null));

        Assert.Equal(["Dockerfile", "a.txt", "b", "b/a.sh", "b/z.txt", "b.txt", "empty", "link-dir", "link-out"], entries.Select(Name));
        TarEntry a = entries.Single(e => Name(e) == "a.txt");
        Assert.Equal(TarEntryType.RegularFile, a.EntryType);
        Assert.Equal((UnixFileMode)Convert.ToInt32("600", 8), a.Mode);
        Assert.Equal(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero), a.ModificationTime);
        Assert.Equal((UnixFileMode)Convert.ToInt32("750", 8), entries.Single(e => Name(e) == "b/a.sh").Mode);
        Assert.Equal("bb", new StreamReader(entries.Single(e => Name(e) == "b.txt").DataStream!).ReadToEnd());
        Assert.Equal(TarEntryType.Directory, entries.Single(e => Name(e) == "empty").EntryType);
        TarEntry link = entries.Single(e => Name(e) == "link-out");
        Assert.Equal(TarEntryType.SymbolicLink, link.EntryType);
        Assert.Equal("../../etc/passwd", link.LinkName);
        Assert.Equal(TarEntryType.SymbolicLink, entries.Single(e => Name(e) == "link-dir").EntryType);
        Assert.DoesNotContain(entries, e => Name(e).StartsWith("link-dir/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LeavesOutExcludedEntriesButKeepsTheBuildFiles()
    {
        _tree.File("Dockerfile", "FROM scratch").File(".dockerignore", "*\n!keep\n").File("keep/x", "x").File("drop/y", "y").File("z", "z");
        List<TarEntry> entries = await WriteAndReadAsync(BuildContextSource.Prepare(_tree.Root, null));
        Assert.Equal([".dockerignore", "Dockerfile", "keep", "keep/x"], entries.Select(Name));
    }

    [Fact]
    public async Task ADockerfileFromOutsideGoesLastUnderAHiddenNameThatDockerignoreLists()
    {
        using var outside = new ContextTree();
        outside.File("Dockerfile", "FROM scratch\n");
        _tree.File("a.txt", "a").File(".dockerignore", "*.md");
        BuildContextSource source = BuildContextSource.Prepare(_tree.Root, outside.PathOf("Dockerfile"));
        Assert.Matches("^\\.dockerfile\\.[0-9a-f]{20}$", source.DockerfileName);

        List<TarEntry> entries = await WriteAndReadAsync(source);

        Assert.Equal([".dockerignore", "a.txt", source.DockerfileName], entries.Select(Name));
        Assert.Equal("*.md\n" + source.DockerfileName + "\n", new StreamReader(entries[0].DataStream!).ReadToEnd());
        Assert.Equal("FROM scratch\n", new StreamReader(entries[^1].DataStream!).ReadToEnd());
    }

    [Fact]
    public async Task WithoutADockerignoreOneIsAddedThatHidesTheOutsideDockerfile()
    {
        using var outside = new ContextTree();
        outside.File("Dockerfile", "FROM scratch\n");
        _tree.File("a.txt", "a");
        BuildContextSource source = BuildContextSource.Prepare(_tree.Root, outside.PathOf("Dockerfile"));
        List<TarEntry> entries = await WriteAndReadAsync(source);
        Assert.Equal(["a.txt", ".dockerignore", source.DockerfileName], entries.Select(Name));
        Assert.Equal(".dockerignore\n" + source.DockerfileName + "\n", new StreamReader(entries[1].DataStream!).ReadToEnd());
    }

    [Fact]
    public void ADockerfileLinkedFromInsideToOutsideCountsAsOutside()
    {
        using var outside = new ContextTree();
        outside.File("real.Dockerfile", "FROM scratch\n");
        _tree.Symlink("Dockerfile", outside.PathOf("real.Dockerfile"));
        BuildContextSource source = BuildContextSource.Prepare(_tree.Root, null);
        Assert.StartsWith(".dockerfile.", source.DockerfileName, StringComparison.Ordinal);
        Assert.Equal("FROM scratch\n"u8.ToArray(), source.OutsideDockerfile);
    }

    [Fact]
    public void FallsBackToALowercaseDockerfileAndKeepsSubdirectoryPaths()
    {
        _tree.File("dockerfile", "FROM scratch").File("sub/Build.Dockerfile", "FROM scratch");
        Assert.Equal("dockerfile", BuildContextSource.Prepare(_tree.Root, null).DockerfileName);
        Assert.Equal("sub/Build.Dockerfile", BuildContextSource.Prepare(_tree.Root, _tree.PathOf("sub/Build.Dockerfile")).DockerfileName);
    }
}

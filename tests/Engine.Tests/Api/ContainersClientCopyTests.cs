using System.Formats.Tar;
using System.Security.Cryptography;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ContainersClientCopyTests : IDisposable
{
    private static readonly string[] NoNetwork = ["--network", "none"];
    private readonly TestObjects _objects = new();
    private readonly string _work = Directory.CreateTempSubdirectory("ct-copy-").FullName;

    public void Dispose()
    {
        _objects.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    /// <summary>Every entry below <paramref name="root"/>: relative path → (type, mode, content hash or link target).</summary>
    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (FileSystemInfo item in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            string rel = Path.GetRelativePath(root, item.FullName);
            result[rel] = item.LinkTarget is { } target ? $"link -> {target}"
                : item is DirectoryInfo ? $"dir {Convert.ToString((int)item.UnixFileMode, 8)}"
                : $"file {Convert.ToString((int)item.UnixFileMode, 8)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(item.FullName)))}";
        }
        return result;
    }

    private string MakeTree()
    {
        string tree = Path.Combine(_work, "tree");
        Directory.CreateDirectory(Path.Combine(tree, "sub", "deeper"));
        File.WriteAllText(Path.Combine(tree, "hello.txt"), "hello\n");
        File.WriteAllText(Path.Combine(tree, "run.sh"), "#!/bin/sh\necho run\n");
        File.SetUnixFileMode(Path.Combine(tree, "run.sh"), (UnixFileMode)0b111_101_101);
        File.WriteAllBytes(Path.Combine(tree, "sub", "empty"), []);
        byte[] blob = new byte[300_000];
        new Random(6).NextBytes(blob);
        File.WriteAllBytes(Path.Combine(tree, "sub", "deeper", "blob.bin"), blob);
        File.WriteAllText(Path.Combine(tree, "sub", "secret"), "s3cret");
        File.SetUnixFileMode(Path.Combine(tree, "sub", "secret"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.SetUnixFileMode(Path.Combine(tree, "sub", "deeper"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.CreateSymbolicLink(Path.Combine(tree, "link-to-hello"), "hello.txt");
        return tree;
    }

    [Fact]
    public async Task RoundTripsADirectoryTreeByteForByteAndModeAsDockerCpDoes()
    {
        string id = _objects.StartRunning("roundtrip", NoNetwork);
        string tree = MakeTree();
        using EngineClient client = await EngineUnderTest.ConnectAsync();

        // Up: /tmp/copied does not exist, so the tree arrives as /tmp/copied (docker cp's rename rule).
        await client.Containers.CopyToContainerAsync(id, tree, "/tmp/copied", CancellationToken.None);
        string[] inContainer = DockerCli.Lines("exec", id, "sh", "-c", "cd /tmp/copied && find . | sort | while read f; do stat -c '%n %a %F' \"$f\"; done; sha256sum sub/deeper/blob.bin");
        Assert.Contains("./run.sh 755 regular file", inContainer);
        Assert.Contains("./sub/secret 600 regular file", inContainer);
        Assert.Contains("./sub/deeper 700 directory", inContainer);
        Assert.Contains("./link-to-hello 777 symbolic link", inContainer);
        Assert.Contains(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(tree, "sub", "deeper", "blob.bin")))).ToLowerInvariant() + "  sub/deeper/blob.bin", inContainer);

        // Down: into an existing directory, so it lands under its own name; docker cp does the same for comparison.
        string ours = Directory.CreateDirectory(Path.Combine(_work, "ours")).FullName;
        string theirs = Directory.CreateDirectory(Path.Combine(_work, "theirs")).FullName;
        CopyResult result = await client.Containers.CopyFromContainerAsync(id, "/tmp/copied", ours, CancellationToken.None);
        DockerCli.Run("cp", id + ":/tmp/copied", theirs);
        Assert.Empty(result.Skipped);
        Assert.Equal(Path.Combine(ours, "copied"), result.Destination);
        Assert.Equal(Snapshot(tree), Snapshot(Path.Combine(ours, "copied")));
        Assert.Equal(Snapshot(Path.Combine(theirs, "copied")), Snapshot(Path.Combine(ours, "copied")));
        Assert.Equal(5, result.Files);
        Assert.Equal(300_000 + 6 + 19 + 6, result.Bytes);
    }

    [Fact]
    public async Task ContentsOnlyAndSingleFilesFollowDockerCpRules()
    {
        string id = _objects.StartRunning("rules", NoNetwork);
        DockerCli.Run("exec", id, "sh", "-c", "mkdir -p /data/d && echo a > /data/a && echo b > /data/d/b");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        string contents = Path.Combine(_work, "contents");
        await client.Containers.CopyFromContainerAsync(id, "/data/.", contents, CancellationToken.None);
        Assert.Equal(["a", "d"], Directory.EnumerateFileSystemEntries(contents).Select(Path.GetFileName).Order());
        string file = Path.Combine(_work, "renamed.txt");
        await client.Containers.CopyFromContainerAsync(id, "/data/a", file, CancellationToken.None);
        Assert.Equal("a\n", File.ReadAllText(file));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Containers.CopyFromContainerAsync(id, "/no/such/path", _work, CancellationToken.None));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => client.Containers.CopyFromContainerAsync(_objects.Name("missing"), "/data", _work, CancellationToken.None));
    }

    [Fact]
    public async Task AHostileTreeInAContainerCannotWriteOutsideTheDestination()
    {
        string outside = Directory.CreateDirectory(Path.Combine(_work, "outside")).FullName;
        string id = _objects.StartRunning("hostile", NoNetwork);
        // Links that point out of the tree, absolute and relative, next to ordinary files.
        DockerCli.Run("exec", id, "sh", "-c",
            $"mkdir -p /evil/sub && echo ok > /evil/sub/file && ln -s {outside} /evil/abs && ln -s ../../../../../../../..{outside} /evil/rel && ln -s / /evil/root");
        string destination = Directory.CreateDirectory(Path.Combine(_work, "dest")).FullName;
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        CopyResult result = await client.Containers.CopyFromContainerAsync(id, "/evil", destination, CancellationToken.None);
        Assert.Equal("ok\n", File.ReadAllText(Path.Combine(destination, "evil", "sub", "file")));
        Assert.Equal(outside, new FileInfo(Path.Combine(destination, "evil", "abs")).LinkTarget);
        // Copying again over the links must replace them, not write through them.
        await client.Containers.CopyFromContainerAsync(id, "/evil", destination, CancellationToken.None);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.Empty(result.Skipped);
    }

    /// <summary>Builds a tar inside the container with busybox tar and brings it to the host (docker cp of one plain file).</summary>
    private string TarFromContainer(string id, string script, string name)
    {
        DockerCli.Run("exec", id, "sh", "-c", script);
        DockerCli.Run("cp", $"{id}:/{name}", _work);
        return Path.Combine(_work, name);
    }

    private static async Task<MemoryStream> ConcatenateAsync(params IEnumerable<TarEntry>[] parts)
    {
        var joined = new MemoryStream();
        await using (var writer = new TarWriter(joined, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (TarEntry entry in parts.SelectMany(p => p))
            {
                await writer.WriteEntryAsync(entry);
            }
        }
        joined.Position = 0;
        return joined;
    }

    private static List<TarEntry> ReadAll(string tarPath)
    {
        using FileStream file = File.OpenRead(tarPath);
        using var reader = new TarReader(file);
        var entries = new List<TarEntry>();
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            entries.Add(entry);
        }
        return entries;
    }

    [Fact]
    public async Task EntriesWrittenThroughALinkThatPointsOutAreRefused()
    {
        string outside = Directory.CreateDirectory(Path.Combine(_work, "outside")).FullName;
        string id = _objects.StartRunning("through", NoNetwork);
        // Two busybox tars: first 'evil/out' as a link to the host directory, then 'evil/out/pwned' as a file where the
        // link was. Joined, they are the classic symlink-then-write-through archive.
        string first = TarFromContainer(id, $"mkdir -p /w/evil && cd /w && ln -s {outside} evil/out && ln -s ../../../../../../..{outside} evil/rel && tar cf /first.tar evil", "first.tar");
        string second = TarFromContainer(id, "rm -rf /w/evil && mkdir -p /w/evil/out /w/evil/rel && echo pwned > /w/evil/out/pwned && echo pwned > /w/evil/rel/pwned && cd /w && tar cf /second.tar evil/out/pwned evil/rel/pwned", "second.tar");
        using MemoryStream hostile = await ConcatenateAsync(ReadAll(first), ReadAll(second));
        string destination = Path.Combine(_work, "dest");
        CopyResult result = await SafeTarExtractor.ExtractAsync(hostile, "evil", destination, CancellationToken.None);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.Equal(["evil/out/pwned", "evil/rel/pwned"], result.Skipped.Select(s => s.Name).Order());
        Assert.All(result.Skipped, s => Assert.True(s.IsUnsafe));
        Assert.Equal(2, result.SymbolicLinks);
    }

    [Fact]
    public async Task DotDotAbsoluteAndHardLinkEscapesAreRefused()
    {
        string outside = Directory.CreateDirectory(Path.Combine(_work, "outside")).FullName;
        string victim = Path.Combine(outside, "victim");
        File.WriteAllText(victim, "untouched");
        string id = _objects.StartRunning("names", NoNetwork);
        // busybox tar strips '..' and leading '/' when it writes, so the real entries come from it and only their
        // names are changed here, the way a tampered archive would change them.
        string plain = TarFromContainer(id, "mkdir -p /w/evil && echo pwned > /w/evil/f && cd /w && tar cf /plain.tar evil/f", "plain.tar");
        TarEntry file = ReadAll(plain).Single();
        var entries = new List<TarEntry>
        {
            new PaxTarEntry(TarEntryType.Directory, "evil/"),
            Renamed(file, "evil/../../outside/dotdot"),
            Renamed(file, outside + "/absolute"),
            new PaxTarEntry(TarEntryType.HardLink, "evil/hard-abs") { LinkName = victim },
            new PaxTarEntry(TarEntryType.HardLink, "evil/hard-rel") { LinkName = "evil/../outside/victim" },
            Renamed(file, "other/notours"),
            Renamed(file, "evil/fine"),
            new PaxTarEntry(TarEntryType.HardLink, "evil/fine-link") { LinkName = "evil/fine" },
        };
        using MemoryStream hostile = await ConcatenateAsync(entries);
        string destination = Path.Combine(_work, "dest");
        CopyResult result = await SafeTarExtractor.ExtractAsync(hostile, "evil", destination, CancellationToken.None);
        Assert.Equal(["victim"], Directory.EnumerateFileSystemEntries(outside).Select(Path.GetFileName));
        Assert.Equal("untouched", File.ReadAllText(victim));
        Assert.Equal(new[] { "evil/../../outside/dotdot", "evil/hard-abs", "evil/hard-rel", outside + "/absolute", "other/notours" }.Order(StringComparer.Ordinal), result.Skipped.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal("pwned\n", File.ReadAllText(Path.Combine(destination, "fine")));
        Assert.Equal("pwned\n", File.ReadAllText(Path.Combine(destination, "fine-link")));
        Assert.Equal(["fine", "fine-link"], Directory.EnumerateFileSystemEntries(destination).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task HardLinksMadeInTheContainerArriveAsHardLinksAsWithDockerCp()
    {
        // Regression (issue #6): hard-link entries used to be written as separate copies.
        string id = _objects.StartRunning("hardlinks", NoNetwork);
        DockerCli.Run("exec", id, "sh", "-c", "mkdir -p /h/sub && echo shared > /h/a && ln /h/a /h/b && ln /h/a /h/sub/c && echo other > /h/d");
        using EngineClient client = await EngineUnderTest.ConnectAsync();
        string ours = Directory.CreateDirectory(Path.Combine(_work, "ours")).FullName;
        string theirs = Directory.CreateDirectory(Path.Combine(_work, "theirs")).FullName;
        CopyResult result = await client.Containers.CopyFromContainerAsync(id, "/h", ours, CancellationToken.None);
        DockerCli.Run("cp", id + ":/h", theirs);
        Assert.Empty(result.Skipped);
        Assert.Equal(Snapshot(Path.Combine(theirs, "h")), Snapshot(Path.Combine(ours, "h")));
        string[] names = ["a", "b", "sub/c", "d"];
        // stat(1) is the oracle for inodes and link counts: a, b and sub/c are one file with three names, as docker cp leaves them.
        string Inodes(string root) => string.Join(' ', names.Select(n => Stat(Path.Combine(root, "h", n))));
        Assert.Equal(Inodes(theirs).Split(' ').Select(s => s.Split(':')[1]), Inodes(ours).Split(' ').Select(s => s.Split(':')[1]));
        string[] stats = Inodes(ours).Split(' ');
        Assert.Single(stats.Take(3).Select(s => s.Split(':')[0]).Distinct());
        Assert.NotEqual(stats[0].Split(':')[0], stats[3].Split(':')[0]);
        Assert.Equal("3", stats[0].Split(':')[1]);
        Assert.Equal("shared\n", File.ReadAllText(Path.Combine(ours, "h", "sub", "c")));
    }

    // "inode:links" of a path, from stat(1).
    private static string Stat(string path)
    {
        var info = new System.Diagnostics.ProcessStartInfo("stat") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("%i:%h");
        info.ArgumentList.Add(path);
        using var process = System.Diagnostics.Process.Start(info)!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    private static PaxTarEntry Renamed(TarEntry original, string name)
    {
        var copy = new PaxTarEntry(TarEntryType.RegularFile, name) { Mode = original.Mode, ModificationTime = original.ModificationTime };
        original.DataStream!.Position = 0;
        var data = new MemoryStream();
        original.DataStream.CopyTo(data);
        data.Position = 0;
        copy.DataStream = data;
        return copy;
    }
}

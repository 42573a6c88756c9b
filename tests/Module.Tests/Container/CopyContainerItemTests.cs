using System.Management.Automation;
using System.Security.Cryptography;
using Containers.Tests;

namespace Containers.Module.Tests.Container;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CopyContainerItemTests : IClassFixture<PowerShellSession>, IDisposable
{
    private static readonly string[] NoNetwork = ["--network", "none"];
    private readonly PowerShellSession _ps;
    private readonly TestObjects _objects = new();
    private readonly string _work = Directory.CreateTempSubdirectory("ct-copyitem-").FullName;

    public CopyContainerItemTests(PowerShellSession ps) => _ps = ps;

    public void Dispose()
    {
        _objects.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    private static SortedDictionary<string, string> Snapshot(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (FileSystemInfo item in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            result[Path.GetRelativePath(root, item.FullName)] = item.LinkTarget is { } target ? $"link -> {target}"
                : item is DirectoryInfo ? $"dir {Convert.ToString((int)item.UnixFileMode, 8)}"
                : $"file {Convert.ToString((int)item.UnixFileMode, 8)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(item.FullName)))}";
        }
        return result;
    }

    [Fact]
    public void RoundTripsATreeThroughTheContainerByteForByteAndModeLikeDockerCp()
    {
        string id = _objects.StartRunning("roundtrip", NoNetwork);
        string tree = Directory.CreateDirectory(Path.Combine(_work, "tree", "nested")).Parent!.FullName;
        File.WriteAllText(Path.Combine(tree, "a.txt"), "alpha\n");
        File.WriteAllBytes(Path.Combine(tree, "nested", "bin"), RandomNumberGenerator.GetBytes(70_000));
        File.SetUnixFileMode(Path.Combine(tree, "nested", "bin"), UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead);
        File.SetUnixFileMode(Path.Combine(tree, "nested"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.CreateSymbolicLink(Path.Combine(tree, "to-a"), "a.txt");

        _ps.Run("Copy-ContainerItem $args[0] -ToContainer $args[1] -Destination /tmp/copied", tree, _objects.Name("roundtrip")).AssertNoErrors();
        string back = Directory.CreateDirectory(Path.Combine(_work, "back")).FullName;
        ContainerCopyResult result = Assert.Single(_ps.Run("Copy-ContainerItem -FromContainer $args[0] -Path /tmp/copied -Destination $args[1] -PassThru",
            _objects.Name("roundtrip"), back).AssertNoErrors().Objects<ContainerCopyResult>());
        string oracle = Directory.CreateDirectory(Path.Combine(_work, "oracle")).FullName;
        DockerCli.Run("cp", id + ":/tmp/copied", oracle);

        Assert.Equal(Snapshot(tree), Snapshot(Path.Combine(back, "copied")));
        Assert.Equal(Snapshot(Path.Combine(oracle, "copied")), Snapshot(Path.Combine(back, "copied")));
        Assert.Equal((2L, 70_006L, 1L), (result.Files, result.Bytes, result.SymbolicLinks));
        Assert.Equal(Path.Combine(back, "copied"), result.Destination);
    }

    [Fact]
    public void LinksThatPointOutOfTheContainerTreeNeverLeadWritesOutOfTheDestination()
    {
        string outside = Directory.CreateDirectory(Path.Combine(_work, "outside")).FullName;
        _objects.StartRunning("hostile", NoNetwork);
        DockerCli.Run("exec", _objects.Name("hostile"), "sh", "-c", $"mkdir -p /evil/d && echo x > /evil/d/f && ln -s {outside} /evil/out && ln -s ../../../../../..{outside} /evil/rel");
        string destination = Directory.CreateDirectory(Path.Combine(_work, "dest")).FullName;
        // Twice: the second copy meets the links the first one made and must replace them, not follow them.
        _ps.Run("Copy-ContainerItem -FromContainer $args[0] -Path /evil -Destination $args[1]", _objects.Name("hostile"), destination).AssertNoErrors();
        _ps.Run("Copy-ContainerItem -FromContainer $args[0] -Path /evil/. -Destination $args[1]", _objects.Name("hostile"), Path.Combine(destination, "evil")).AssertNoErrors();
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.Equal(outside, new FileInfo(Path.Combine(destination, "evil", "out")).LinkTarget);
        Assert.Equal("x\n", File.ReadAllText(Path.Combine(destination, "evil", "d", "f")));
    }

    [Fact]
    public void AnUnknownContainerOrPathIsObjectNotFound()
    {
        _objects.StartRunning("known", NoNetwork);
        PowerShellSession.Result missingContainer = _ps.Run("Copy-ContainerItem -FromContainer $args[0] -Path /etc/hostname -Destination $args[1]", _objects.Name("missing"), _work);
        ErrorRecord error = Assert.Single(missingContainer.Errors);
        Assert.Equal("ContainerNotFound,Containers.CopyContainerItemCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        PowerShellSession.Result missingPath = _ps.Run("Copy-ContainerItem -FromContainer $args[0] -Path /no/such, /etc/hostname -Destination $args[1]", _objects.Name("known"), _work);
        error = Assert.Single(missingPath.Errors);
        Assert.Equal("PathNotFound,Containers.CopyContainerItemCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.True(File.Exists(Path.Combine(_work, "hostname")), "the good path after the bad one is still copied");
    }

    [Fact]
    public void WhatIfCopiesNothing()
    {
        string id = _objects.StartRunning("whatif", NoNetwork);
        File.WriteAllText(Path.Combine(_work, "file.txt"), "x");
        _ps.Run("Copy-ContainerItem $args[0] -ToContainer $args[1] -Destination /tmp/file.txt -WhatIf", Path.Combine(_work, "file.txt"), _objects.Name("whatif")).AssertNoErrors();
        Assert.Throws<InvalidOperationException>(() => DockerCli.Run("exec", id, "test", "-e", "/tmp/file.txt"));
    }
}

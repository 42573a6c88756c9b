using System.Formats.Tar;

namespace Containers.Engine.Streams;

/// <summary>
/// Writes a host file or directory tree as a tar stream for the archive endpoint, as it walks (nothing buffered):
/// modes and modification times kept, symbolic links stored as links (never followed), owners left to the daemon.
/// </summary>
public static class TarPacker
{
    /// <summary>
    /// Writes <paramref name="sourcePath"/> to <paramref name="destination"/>: the root entry is named
    /// <paramref name="rootName"/>; with a null root name only the directory's contents are written (docker cp's <c>dir/.</c>).
    /// </summary>
    public static async Task WriteAsync(Stream destination, string sourcePath, string? rootName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var writer = new TarWriter(destination, TarEntryFormat.Pax, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var root = new DirectoryInfo(sourcePath);
            FileSystemInfo item = root.Exists && root.LinkTarget is null ? root : new FileInfo(sourcePath);
            if (rootName is not null)
            {
                await WriteItemAsync(writer, item, rootName, cancellationToken).ConfigureAwait(false);
            }
            if (item is DirectoryInfo directory)
            {
                await WriteChildrenAsync(writer, directory, rootName, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteChildrenAsync(TarWriter writer, DirectoryInfo directory, string? prefix, CancellationToken cancellationToken)
    {
        foreach (FileSystemInfo child in directory.EnumerateFileSystemInfos().OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            string name = prefix is null ? child.Name : prefix + "/" + child.Name;
            await WriteItemAsync(writer, child, name, cancellationToken).ConfigureAwait(false);
            if (child is DirectoryInfo sub && sub.LinkTarget is null)
            {
                await WriteChildrenAsync(writer, sub, name, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteItemAsync(TarWriter writer, FileSystemInfo item, string name, CancellationToken cancellationToken)
    {
        UnixFileMode mode = OperatingSystem.IsWindows() ? (item is DirectoryInfo ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100) : item.UnixFileMode;
        if (item.LinkTarget is { } linkTarget)
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, name) { LinkName = linkTarget, Mode = mode, ModificationTime = item.LastWriteTimeUtc }, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (item is DirectoryInfo)
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, name + "/") { Mode = mode, ModificationTime = item.LastWriteTimeUtc }, cancellationToken).ConfigureAwait(false);
            return;
        }
        if ((item.Attributes & (FileAttributes.Device | FileAttributes.ReparsePoint)) != 0 || item is not FileInfo file)
        {
            return;
        }
        var content = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (content.ConfigureAwait(false))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { Mode = mode, ModificationTime = item.LastWriteTimeUtc, DataStream = content };
            await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }
}

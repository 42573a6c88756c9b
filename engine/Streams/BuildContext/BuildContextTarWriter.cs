using System.Formats.Tar;
using System.Text;

namespace Containers.Engine.Streams.BuildContext;

/// <summary>
/// Writes a <see cref="BuildContextSource"/> as a tar straight into a stream (the POST /build request body): one
/// entry at a time, file data copied in chunks, so memory stays flat whatever the context's size, and no temporary
/// file. Entries keep their mode and modification time (whole seconds, as the CLI sends them); symbolic links are
/// written as links; a Dockerfile from outside the context is added last, as the CLI does.
/// </summary>
internal static class BuildContextTarWriter
{
    private const int BufferSize = 128 * 1024;

    /// <summary>Writes the tar; <paramref name="progress"/> receives the bytes written so far, at most every 512 KiB and at the end.</summary>
    public static async Task<BuildContextStats> WriteAsync(BuildContextSource source, Stream destination, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var counting = new CountingStream(destination, progress);
        // Small files would otherwise each become their own small write (and HTTP chunk) on the socket.
        var buffered = new BufferedStream(counting, BufferSize);
        await using (buffered.ConfigureAwait(false))
        {
            var tar = new TarWriter(buffered, TarEntryFormat.Gnu, leaveOpen: true);
            await using (tar.ConfigureAwait(false))
            {
                int entries = 0;
                bool sawIgnoreFile = false;
                foreach (BuildContextEntry entry in BuildContextWalker.Walk(source.Directory, source.Matcher))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (source.OutsideDockerfile is not null && entry.RelativePath == DockerIgnoreFile.FileName && entry.Info is FileInfo file && !entry.IsSymbolicLink)
                    {
                        // The CLI rewrites .dockerignore in place so the daemon hides the injected Dockerfile from COPY.
                        sawIgnoreFile = true;
                        byte[] content = [.. await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false), .. Encoding.UTF8.GetBytes("\n" + source.DockerfileName + "\n")];
                        await WriteGeneratedAsync(tar, entry.RelativePath, content, ModeOf(file), file.LastWriteTimeUtc, cancellationToken).ConfigureAwait(false);
                        entries++;
                        continue;
                    }
                    if (await WriteEntryAsync(tar, entry, counting, cancellationToken).ConfigureAwait(false))
                    {
                        entries++;
                    }
                }
                if (source.OutsideDockerfile is not null)
                {
                    DateTime now = DateTime.UtcNow;
                    if (!sawIgnoreFile)
                    {
                        byte[] ignore = Encoding.UTF8.GetBytes(DockerIgnoreFile.FileName + "\n" + source.DockerfileName + "\n");
                        await WriteGeneratedAsync(tar, DockerIgnoreFile.FileName, ignore, UnixFileMode.UserRead | UnixFileMode.UserWrite, now, cancellationToken).ConfigureAwait(false);
                        entries++;
                    }
                    await WriteGeneratedAsync(tar, source.DockerfileName, source.OutsideDockerfile, UnixFileMode.UserRead | UnixFileMode.UserWrite, now, cancellationToken).ConfigureAwait(false);
                    entries++;
                }
                await tar.DisposeAsync().ConfigureAwait(false);
                await buffered.FlushAsync(cancellationToken).ConfigureAwait(false);
                counting.ReportNow();
                return new BuildContextStats(entries, counting.Written);
            }
        }
    }

    private static async Task<bool> WriteEntryAsync(TarWriter tar, BuildContextEntry entry, CountingStream counting, CancellationToken cancellationToken)
    {
        long before = counting.Written;
        try
        {
            // The file overload reads the entry with lstat: type (links stay links, FIFOs are never opened), mode,
            // mtime, hard links to an earlier entry; data is copied in chunks.
            await tar.WriteEntryAsync(entry.Info.FullName, entry.RelativePath, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (IOException) when (counting.Written == before && entry.Info is FileInfo && !entry.IsSymbolicLink && entry.Info.Exists && !CanOpen(entry.Info.FullName))
        {
            // A socket: tar has no type for it, and the CLI skips it too.
            return false;
        }
    }

    private static UnixFileMode ModeOf(FileInfo file) =>
        OperatingSystem.IsWindows() ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead : File.GetUnixFileMode(file.FullName);

    // Sockets cannot be opened as files; anything that can was a real failure.
    private static bool CanOpen(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task WriteGeneratedAsync(TarWriter tar, string name, byte[] content, UnixFileMode mode, DateTime modified, CancellationToken cancellationToken)
    {
        var data = new MemoryStream(content, writable: false);
        await using (data.ConfigureAwait(false))
        {
            var entry = new GnuTarEntry(TarEntryType.RegularFile, name)
            {
                Mode = mode,
                ModificationTime = new DateTimeOffset(modified.Ticks - (modified.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
                DataStream = data,
            };
            await tar.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }
}

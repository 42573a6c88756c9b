using System.Formats.Tar;
using Containers.Engine.Models;

namespace Containers.Engine.Streams;

/// <summary>
/// Extracts a tar archive that came from a container onto the host without ever writing outside the target: entries
/// with absolute names, <c>..</c> components or a root other than the expected one are refused; no entry is written
/// through a symbolic link (links are created as links, but a later entry whose path goes through one is refused, and
/// an existing link at an entry's own path is replaced, not followed); hard links may only point at files this
/// archive already wrote inside the target. Refused entries are reported, not silently dropped. Modes and
/// modification times are kept; ownership is not (as docker cp without -a).
/// </summary>
public static class SafeTarExtractor
{
    /// <summary>
    /// Extracts <paramref name="tar"/>, whose entries all start with <paramref name="rootName"/>, so that the root entry
    /// becomes <paramref name="targetPath"/> and everything below it lands below it.
    /// </summary>
    public static async Task<CopyResult> ExtractAsync(Stream tar, string rootName, string targetPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tar);
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetPath));
        if (IsLink(target) && Directory.ResolveLinkTarget(target, returnFinalTarget: true) is DirectoryInfo { Exists: true } resolved)
        {
            // The user's own destination may be a link to a directory: extract into what it names, keep the link.
            target = Path.TrimEndingDirectorySeparator(resolved.FullName);
        }
        var state = new State(target);
        using var reader = new TarReader(tar, leaveOpen: true);
        TarEntry? entry;
        while ((entry = await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false)) is not null)
        {
            await ExtractEntryAsync(entry, rootName, state, cancellationToken).ConfigureAwait(false);
        }
        // Directory modes last (deepest first), so a read-only directory does not stop its own children.
        foreach ((string path, UnixFileMode mode, DateTimeOffset modified) in state.Directories.OrderByDescending(d => d.Path.Length))
        {
            SetMode(path, mode);
            Directory.SetLastWriteTimeUtc(path, modified.UtcDateTime);
        }
        return new CopyResult
        {
            Destination = target,
            Files = state.Files,
            Directories = state.Directories.Count,
            SymbolicLinks = state.Links,
            Bytes = state.Bytes,
            Skipped = state.Skipped,
        };
    }

    private sealed class State(string target)
    {
        public string Target { get; } = target;
        public long Files { get; set; }
        public long Links { get; set; }
        public long Bytes { get; set; }
        public List<(string Path, UnixFileMode Mode, DateTimeOffset Modified)> Directories { get; } = [];
        public List<SkippedEntry> Skipped { get; } = [];
        public HashSet<string> WrittenFiles { get; } = new(StringComparer.Ordinal);
    }

    private static async Task ExtractEntryAsync(TarEntry entry, string rootName, State state, CancellationToken cancellationToken)
    {
        string name = entry.Name;
        if (!TryMap(name, rootName, state.Target, out string? path, out string? why) || !TryCheckWay(state.Target, path, out why))
        {
            state.Skipped.Add(new SkippedEntry(name, why, IsUnsafe: true));
            return;
        }
        switch (entry.EntryType)
        {
            case TarEntryType.Directory:
                if (File.Exists(path) || IsLink(path))
                {
                    File.Delete(path);
                }
                Directory.CreateDirectory(path);
                state.Directories.Add((path, entry.Mode, entry.ModificationTime));
                return;
            case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                if (!TryClearForFile(path, name, state))
                {
                    return;
                }
                state.Bytes += await WriteFileAsync(path, entry.DataStream, entry.Mode, entry.ModificationTime, cancellationToken).ConfigureAwait(false);
                state.WrittenFiles.Add(path);
                state.Files++;
                return;
            case TarEntryType.SymbolicLink:
                if (!TryClearForFile(path, name, state))
                {
                    return;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // Created as it is, wherever it points: creating a link writes nothing there, and nothing is ever written through one.
                File.CreateSymbolicLink(path, entry.LinkName);
                state.Links++;
                return;
            case TarEntryType.HardLink:
                if (!TryMap(entry.LinkName, rootName, state.Target, out string? source, out why) || !TryCheckWay(state.Target, source, out why))
                {
                    state.Skipped.Add(new SkippedEntry(name, $"hard link to '{entry.LinkName}': {why}", IsUnsafe: true));
                    return;
                }
                if (!state.WrittenFiles.Contains(source) || IsLink(source))
                {
                    state.Skipped.Add(new SkippedEntry(name, $"hard link to '{entry.LinkName}', which this copy did not write", IsUnsafe: true));
                    return;
                }
                if (!TryClearForFile(path, name, state))
                {
                    return;
                }
                // A hard link, as docker cp makes: the source is a file this copy wrote inside the destination (checked
                // above), so the new name shares no inode with anything outside it. Where the file system has no hard
                // links, a copy of the file is the closest.
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                if (!HardLink.TryCreate(source, path))
                {
                    Stream content = File.OpenRead(source);
                    await using (content.ConfigureAwait(false))
                    {
                        state.Bytes += await WriteFileAsync(path, content, OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(source), File.GetLastWriteTimeUtc(source), cancellationToken).ConfigureAwait(false);
                    }
                }
                state.WrittenFiles.Add(path);
                state.Files++;
                return;
            case TarEntryType.GlobalExtendedAttributes or TarEntryType.ExtendedAttributes:
                return;
            default:
                state.Skipped.Add(new SkippedEntry(name, $"{entry.EntryType} entries (devices, fifos) are not copied", IsUnsafe: false));
                return;
        }
    }

    /// <summary>Maps an archive name to a host path below <paramref name="target"/>; false with the reason for names that would leave it.</summary>
    private static bool TryMap(string name, string rootName, string target, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? path, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? why)
    {
        path = null;
        if (name.StartsWith('/') || (name.Length > 1 && name[1] == ':'))
        {
            why = "absolute name";
            return false;
        }
        string[] parts = name.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int start = 0;
        while (start < parts.Length && parts[start] == ".")
        {
            start++;
        }
        if (parts.Skip(start).Any(p => p is ".." or "." || p.Contains('\\', StringComparison.Ordinal) || p.Contains('\0', StringComparison.Ordinal)))
        {
            why = "'..' or '.' inside the name";
            return false;
        }
        if (start >= parts.Length || parts[start] != rootName)
        {
            why = $"outside the copied path '{rootName}'";
            return false;
        }
        path = Path.Join([target, .. parts.Skip(start + 1)]);
        // Belt and braces: whatever the parsing above, the result must be the target or below it.
        string full = Path.GetFullPath(path);
        if (full != target && !full.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            why = "resolves outside the destination";
            return false;
        }
        why = null;
        return true;
    }

    /// <summary>False when a directory on the way from <paramref name="target"/> to <paramref name="path"/> is a symbolic link or not a directory.</summary>
    private static bool TryCheckWay(string target, string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? why)
    {
        string? parent = Path.GetDirectoryName(path);
        var way = new Stack<string>();
        while (parent is not null && parent.Length >= target.Length)
        {
            way.Push(parent);
            parent = Path.GetDirectoryName(parent);
        }
        foreach (string step in way)
        {
            if (IsLink(step))
            {
                why = $"would be written through the symbolic link '{step}'";
                return false;
            }
            if (File.Exists(step))
            {
                why = $"'{step}' is a file, not a directory";
                return false;
            }
        }
        why = null;
        return true;
    }

    /// <summary>Makes room for a file or link: an existing file or link goes (never followed); an existing directory stays and the entry is skipped.</summary>
    private static bool TryClearForFile(string path, string name, State state)
    {
        if (IsLink(path) || File.Exists(path))
        {
            File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            state.Skipped.Add(new SkippedEntry(name, "a directory is in the way", IsUnsafe: false));
            return false;
        }
        return true;
    }

    private static async Task<long> WriteFileAsync(string path, Stream? content, UnixFileMode mode, DateTimeOffset modified, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        long written = 0;
        // CreateNew (O_EXCL): fails rather than follow anything that appeared at the path meanwhile.
        var file = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous });
        await using (file.ConfigureAwait(false))
        {
            if (content is not null)
            {
                byte[] buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    written += read;
                }
            }
        }
        SetMode(path, mode);
        File.SetLastWriteTimeUtc(path, modified.UtcDateTime);
        return written;
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            // Exact bits, unlike a create mode that the umask would trim.
            File.SetUnixFileMode(path, mode);
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}

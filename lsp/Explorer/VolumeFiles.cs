using System.Formats.Tar;
using System.Text;
using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Engine.Specs;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Explorer;

/// <summary>
/// Reads a volume's files without running anything: a throwaway container that is created, never started, mounts
/// the volume read-only, and the engine's archive endpoint (<c>docker cp</c>'s) streams the path as tar. The engine
/// may be remote (its Mountpoint is on another host, often root-only), so this is the one way that always works.
/// The container takes any local image (nothing in it runs) and is removed before the request answers.
/// </summary>
internal static class VolumeFiles
{
    // Where the volume is mounted in the throwaway container.
    private const string MountPoint = "/volume";

    /// <summary>The most bytes of a file <c>containers/readVolumeFile</c> returns; an editor tab is no place for more.</summary>
    public const int MaximumRead = 1024 * 1024;

    public static async Task<VolumeFileItem[]> ListAsync(EngineClient engine, string volume, string? path, CancellationToken cancellationToken)
    {
        string inner = InnerPath(path);
        return await WithContainerAsync(engine, volume, async id =>
        {
            ContainerArchive archive = await engine.Containers.GetArchiveAsync(id, MountPoint + inner, cancellationToken).ConfigureAwait(false);
            await using (archive.ConfigureAwait(false))
            {
                if (!IsDirectory(archive.Stat.Mode))
                {
                    throw new ArgumentException($"'{(inner.Length == 0 ? "/" : inner)}' is not a directory in volume '{volume}'.");
                }
                // The archive's root entry is the directory itself ("volume/" or "name/"); its children are one level below.
                var entries = new Dictionary<string, (TarEntry Entry, long Size)>(StringComparer.Ordinal);
                using var reader = new TarReader(archive.Content, leaveOpen: true);
                while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
                {
                    string[] parts = entry.Name.TrimEnd('/').Split('/');
                    if (parts.Length < 2)
                    {
                        continue;
                    }
                    string child = parts[1];
                    long size = entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile ? entry.Length : 0;
                    if (parts.Length == 2)
                    {
                        long below = entries.TryGetValue(child, out var known) ? known.Size : 0;
                        entries[child] = (entry, below + size);
                    }
                    else if (entries.TryGetValue(child, out var parent))
                    {
                        entries[child] = (parent.Entry, parent.Size + size);
                    }
                }
                return entries
                    .Select(e => new VolumeFileItem(e.Key, TypeOf(e.Value.Entry.EntryType), e.Value.Size, e.Value.Entry.ModificationTime, (int)e.Value.Entry.Mode, NullIfEmpty(e.Value.Entry.LinkName)))
                    .OrderBy(i => i.Type == "directory" ? 0 : 1).ThenBy(i => i.Name, StringComparer.Ordinal)
                    .ToArray();
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<VolumeFileContent> ReadAsync(EngineClient engine, string volume, string? path, CancellationToken cancellationToken)
    {
        string inner = InnerPath(path);
        return await WithContainerAsync(engine, volume, async id =>
        {
            ContainerArchive archive = await engine.Containers.GetArchiveAsync(id, MountPoint + inner, cancellationToken).ConfigureAwait(false);
            await using (archive.ConfigureAwait(false))
            {
                using var reader = new TarReader(archive.Content, leaveOpen: true);
                TarEntry? entry = await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false);
                if (entry is null || entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
                {
                    throw new ArgumentException($"'{inner}' is not a regular file in volume '{volume}'.");
                }
                byte[] buffer = new byte[(int)Math.Min(entry.Length, MaximumRead)];
                await entry.DataStream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
                bool binary = Array.IndexOf(buffer, (byte)0) >= 0;
                return new VolumeFileContent(Encoding.UTF8.GetString(buffer), entry.Length, entry.Length > buffer.Length, binary);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    // "/a/b/" or "a/b" → "/a/b"; ".." is refused so the path stays inside the volume's mount.
    private static string InnerPath(string? path)
    {
        string trimmed = (path ?? "").Replace('\\', '/').Trim('/');
        if (trimmed.Split('/').Any(p => p == ".."))
        {
            throw new ArgumentException($"'{path}' leaves the volume.");
        }
        return trimmed.Length == 0 ? "" : "/" + trimmed;
    }

    private static async Task<T> WithContainerAsync<T>(EngineClient engine, string volume, Func<string, Task<T>> read, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(volume))
        {
            throw new ArgumentException("The volume is empty.");
        }
        // Throws EngineNotFoundException for an unknown volume, before the daemon would create it on mount.
        await engine.Volumes.InspectAsync(volume, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ImageSummary> images = await engine.Images.ListAsync(new ListImagesOptions(), cancellationToken).ConfigureAwait(false);
        ImageSummary image = images.OrderBy(i => i.Size).FirstOrDefault()
            ?? throw new ArgumentException("Browsing a volume needs one local image (any: nothing runs in it), and the engine has none.");
        CreateContainerResult created = await engine.Containers.CreateAsync(new CreateContainerOptions
        {
            Image = image.Id,
            // Never started: an entrypoint is only needed because the daemon refuses a container without a command.
            Entrypoint = ["/containers-volume-browser"],
            Network = "none",
            Labels = new Dictionary<string, string> { ["containers.explorer.volume-browser"] = volume },
            Volumes = [new VolumeSpec { Source = volume, Target = MountPoint, ReadOnly = true, Options = "ro" }],
        }, cancellationToken).ConfigureAwait(false);
        try
        {
            return await read(created.Id).ConfigureAwait(false);
        }
        finally
        {
            // Not the request's token: a cancelled listing must still remove its container.
            await engine.Containers.RemoveAsync(created.Id, new RemoveContainerOptions { Force = true }, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static bool IsDirectory(uint goFileMode) => (goFileMode & (1u << 31)) != 0;

    private static string TypeOf(TarEntryType type) => type switch
    {
        TarEntryType.Directory => "directory",
        TarEntryType.RegularFile or TarEntryType.V7RegularFile => "file",
        TarEntryType.SymbolicLink => "symlink",
        _ => "other",
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

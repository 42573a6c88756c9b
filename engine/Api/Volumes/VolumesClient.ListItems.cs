using System.Globalization;
using System.Text;
using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="VolumesClient.ListItemsAsync"/>.</summary>
public sealed record ListVolumeItemsOptions
{
    /// <summary>
    /// The image to run the short-lived helper container from. It must have <c>sh</c>, <c>find</c> and <c>stat</c>
    /// (busybox, alpine, debian, …) and must already be on the engine: nothing is pulled.
    /// </summary>
    public required string Image { get; init; }

    /// <summary>The path inside the volume, relative to its root ('/'-separated); null or empty: the root.</summary>
    public string? Path { get; init; }

    /// <summary>True lists the whole tree under <see cref="Path"/>; false only its direct children. Default false.</summary>
    public bool Recurse { get; init; }

    /// <summary>Labels to put on the helper container, so callers can find it should cleanup ever fail.</summary>
    public IReadOnlyDictionary<string, string>? HelperLabels { get; init; }
}

public sealed partial class VolumesClient
{
    /// <summary>The label every helper container carries, so a leaked one is easy to find (<c>label=containers.helper</c>).</summary>
    public const string HelperLabel = "containers.helper";

    private const string MountPoint = "/volume";

    // Runs in the helper as: sh -c <script> sh <path> <recurse>. The path is an argument, never spliced into
    // the script, so no name can inject shell. Exit 3: the path does not exist.
    private const string ListScript = """
        cd /volume || exit 4
        p="$1"; [ -n "$p" ] || p=.
        [ -e "$p" ] || [ -L "$p" ] || exit 3
        f='%F|%s|%Y|%a|%u|%g|%n'
        if [ -d "$p" ] && [ ! -L "$p" ]; then
          if [ "$2" = 1 ]; then find "$p" -mindepth 1 -exec stat -c "$f" {} +
          else find "$p" -mindepth 1 -maxdepth 1 -exec stat -c "$f" {} +; fi
        else stat -c "$f" "$p"; fi
        """;

    /// <summary>
    /// Lists files inside a volume through a short-lived helper container: created from
    /// <see cref="ListVolumeItemsOptions.Image"/> with the volume mounted read-only, no network, run to completion,
    /// and always removed afterwards (even on cancellation). The volume itself is never modified.
    /// </summary>
    /// <returns>The items, in the order the helper's <c>find</c> reported them.</returns>
    /// <exception cref="ArgumentException">The name or image is empty, or the path leaves the volume ("..").</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such volume, or the image is not on the engine.</exception>
    /// <exception cref="FileNotFoundException">The path does not exist in the volume.</exception>
    /// <exception cref="Errors.EngineApiException">The helper failed (e.g. the image has no sh, find or stat).</exception>
    public async Task<IReadOnlyList<VolumeItem>> ListItemsAsync(string name, ListVolumeItemsOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        string volumePath = Paths.Volume(name);
        string path = NormalizeItemPath(options.Path);
        if (string.IsNullOrWhiteSpace(options.Image))
        {
            throw new ArgumentException("The helper image is empty.", nameof(options));
        }
        // Mounting a missing volume would create it: make sure it exists first.
        using (await _http.SendAsync(HttpMethod.Get, volumePath, null, null, cancellationToken).ConfigureAwait(false))
        {
        }

        var labels = new Dictionary<string, string>(options.HelperLabels ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [HelperLabel] = "volume-items",
        };
        var body = new HelperContainerCreateWire
        {
            Image = options.Image,
            Entrypoint = ["sh"],
            Cmd = ["-c", ListScript, "sh", path, options.Recurse ? "1" : "0"],
            // A TTY gives plain logs (no stream frames); root reads whatever the volume's owners wrote.
            Tty = true,
            User = "0",
            NetworkDisabled = true,
            Labels = labels,
            HostConfig = new HelperHostConfigWire
            {
                NetworkMode = "none",
                Mounts = [new HelperMountWire { Type = "volume", Source = name, Target = MountPoint, ReadOnly = true, VolumeOptions = new() { NoCopy = true } }],
            },
        };
        ContainerCreateResponseWire created = await _http.SendJsonAsync(HttpMethod.Post, "containers/create", null, body,
            EngineJsonContext.Default.HelperContainerCreateWire, EngineJsonContext.Default.ContainerCreateResponseWire, cancellationToken).ConfigureAwait(false);
        string helperId = created.Id ?? throw new Errors.EngineApiException(500, "The engine created the helper container without an id.");
        try
        {
            using (await _http.SendAsync(HttpMethod.Post, Paths.Container(helperId, "start"), null, null, cancellationToken).ConfigureAwait(false))
            {
            }
            WaitResponseWire exit = await _http.SendForJsonAsync(HttpMethod.Post, Paths.Container(helperId, "wait"), null,
                EngineJsonContext.Default.WaitResponseWire, cancellationToken).ConfigureAwait(false);
            string output = await ReadLogsAsync(helperId, cancellationToken).ConfigureAwait(false);
            return exit.StatusCode switch
            {
                0 => ParseItems(name, output),
                3 => throw new FileNotFoundException($"'{path}' does not exist in volume '{name}'.", path),
                _ => throw new Errors.EngineApiException(500,
                    $"The helper container (image '{options.Image}') could not list volume '{name}': exit {exit.StatusCode}. {output.Trim()}"),
            };
        }
        finally
        {
            await RemoveHelperAsync(helperId).ConfigureAwait(false);
        }
    }

    /// <summary>"a/b" from "/a/b/", "./a/b" or "a\b"; refuses ".." so the listing stays inside the volume.</summary>
    internal static string NormalizeItemPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "";
        }
        string[] segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Contains(".."))
        {
            throw new ArgumentException($"The path '{path}' leaves the volume; give a path inside it.", nameof(path));
        }
        return string.Join('/', segments.Where(s => s != "."));
    }

    internal static IReadOnlyList<VolumeItem> ParseItems(string volume, string output)
    {
        var items = new List<VolumeItem>();
        foreach (string raw in output.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            // type|size|mtime|mode|uid|gid|name: the name is last, so a '|' in it survives the split.
            string[] f = line.Split('|', 7);
            if (f.Length != 7
                || !long.TryParse(f[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long size)
                || !long.TryParse(f[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out long mtime)
                || !int.TryParse(f[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out int uid)
                || !int.TryParse(f[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out int gid))
            {
                continue;
            }
            string itemPath = f[6].StartsWith("./", StringComparison.Ordinal) ? f[6][2..] : f[6];
            items.Add(new VolumeItem
            {
                Volume = volume,
                Path = itemPath,
                Type = f[0] switch
                {
                    "directory" => VolumeItemType.Directory,
                    "symbolic link" => VolumeItemType.SymbolicLink,
                    // GNU stat says "regular empty file" for empty files, busybox "regular file".
                    _ when f[0].StartsWith("regular", StringComparison.Ordinal) => VolumeItemType.File,
                    _ => VolumeItemType.Other,
                },
                Length = size,
                LastWriteTime = DateTimeOffset.FromUnixTimeSeconds(mtime),
                Mode = f[3],
                UserId = uid,
                GroupId = gid,
            });
        }
        return items;
    }

    private async Task<string> ReadLogsAsync(string id, CancellationToken cancellationToken)
    {
        var query = new Query().Add("stdout", true).Add("stderr", true);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Get, Paths.Container(id, "logs"), query, null, cancellationToken).ConfigureAwait(false);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(bytes);
    }

    // Not tied to the caller's token: a Ctrl+C must still remove the helper. Never removes volumes (no v=1).
    private async Task RemoveHelperAsync(string id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            using (await _http.SendAsync(HttpMethod.Delete, Paths.Container(id), new Query().Add("force", true), null, timeout.Token).ConfigureAwait(false))
            {
            }
        }
        catch (Errors.EngineNotFoundException)
        {
            // Already gone.
        }
    }
}

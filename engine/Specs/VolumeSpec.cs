namespace Containers.Engine.Specs;

/// <summary>
/// A <c>-v</c> value in the docker CLI's syntax: <c>name:/path[:options]</c> for a named volume,
/// <c>/host/path:/path[:options]</c> for a bind mount, <c>/path</c> alone for an anonymous volume.
/// Options: ro, rw, z, Z, and propagation modes.
/// </summary>
public sealed record VolumeSpec
{
    /// <summary>The volume name or host path; null for an anonymous volume.</summary>
    public string? Source { get; init; }

    /// <summary>The absolute path inside the container.</summary>
    public required string Target { get; init; }

    /// <summary>True for ro.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>True when <see cref="Source"/> is a host path (bind mount), false for a named or anonymous volume.</summary>
    public bool IsBind => Source is not null && (Source.StartsWith('/') || Source.StartsWith('.') || Source.StartsWith('~'));

    /// <summary>The text the engine's HostConfig.Binds expects (for named and bind mounts).</summary>
    public string Bind => Source is null ? Target : $"{Source}:{Target}{(Options.Length > 0 ? ":" + Options : "")}";

    /// <summary>The options part as given (ro, rw, z, Z, rshared, …); empty when none.</summary>
    public string Options { get; init; } = "";

    private static readonly HashSet<string> s_knownOptions = ["ro", "rw", "z", "Z", "nocopy", "shared", "rshared", "slave", "rslave", "private", "rprivate"];

    /// <summary>Parses one <c>-v</c> value.</summary>
    /// <exception cref="FormatException">The text is not a valid volume spec; the message says why.</exception>
    public static VolumeSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Trim().Split(':');
        string? source;
        string target;
        string options = "";
        switch (parts.Length)
        {
            case 1:
                source = null;
                target = parts[0];
                break;
            case 2 when parts[1].StartsWith('/'):
                source = parts[0];
                target = parts[1];
                break;
            case 2:
                // "/path:ro" — an anonymous volume with options.
                source = null;
                target = parts[0];
                options = parts[1];
                break;
            case 3:
                source = parts[0];
                target = parts[1];
                options = parts[2];
                break;
            default:
                throw new FormatException($"'{text}' is not a volume spec; expected name:/path, /host/path:/path or /path, each optionally followed by :ro.");
        }
        if (!target.StartsWith('/'))
        {
            throw new FormatException($"'{text}': the path inside the container ('{target}') must be absolute.");
        }
        if (source is { Length: 0 })
        {
            throw new FormatException($"'{text}': the volume name or host path is empty.");
        }
        foreach (string option in options.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!s_knownOptions.Contains(option))
            {
                throw new FormatException($"'{text}': '{option}' is not a volume option (ro, rw, z, Z, nocopy, or a propagation mode).");
            }
        }
        return new VolumeSpec
        {
            Source = source,
            Target = target,
            Options = options,
            ReadOnly = options.Split(',').Contains("ro"),
        };
    }
}

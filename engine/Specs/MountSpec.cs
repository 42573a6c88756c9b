namespace Containers.Engine.Specs;

/// <summary>
/// A <c>--mount</c> value in the docker CLI's syntax: comma-separated key=value pairs,
/// <c>type=volume|bind|tmpfs,source=…,target=…[,readonly]</c> (<c>src</c>, <c>dst</c>/<c>destination</c>, <c>ro</c> accepted).
/// </summary>
public sealed record MountSpec
{
    /// <summary>volume, bind or tmpfs.</summary>
    public required string Type { get; init; }

    /// <summary>Volume name or host path; null for tmpfs and anonymous volumes.</summary>
    public string? Source { get; init; }

    /// <summary>The absolute path inside the container.</summary>
    public required string Target { get; init; }

    /// <summary>True for readonly.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Parses one <c>--mount</c> value.</summary>
    /// <exception cref="FormatException">Not a mount spec; the message says why.</exception>
    public static MountSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string type = "volume";
        string? source = null;
        string? target = null;
        bool readOnly = false;
        foreach (string field in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = field.IndexOf('=', StringComparison.Ordinal);
            string key = (eq < 0 ? field : field[..eq]).ToLowerInvariant();
            string? value = eq < 0 ? null : field[(eq + 1)..];
            switch (key)
            {
                case "type":
                    type = value?.ToLowerInvariant() ?? "";
                    break;
                case "source" or "src":
                    source = value;
                    break;
                case "target" or "dst" or "destination":
                    target = value;
                    break;
                case "readonly" or "ro":
                    readOnly = value is null || value is "1" or "true";
                    break;
                default:
                    throw new FormatException($"'{text}': '{key}' is not a mount option this module supports (type, source, target, readonly).");
            }
        }
        if (type is not ("volume" or "bind" or "tmpfs"))
        {
            throw new FormatException($"'{text}': the mount type '{type}' is not volume, bind or tmpfs.");
        }
        if (string.IsNullOrEmpty(target) || !target.StartsWith('/'))
        {
            throw new FormatException($"'{text}': a mount needs an absolute target, e.g. target=/data.");
        }
        if (type == "bind" && string.IsNullOrEmpty(source))
        {
            throw new FormatException($"'{text}': a bind mount needs a source path.");
        }
        if (type == "tmpfs" && source is not null)
        {
            throw new FormatException($"'{text}': a tmpfs mount has no source.");
        }
        return new MountSpec { Type = type, Source = source, Target = target, ReadOnly = readOnly };
    }
}

using System.Globalization;

namespace Containers;

/// <summary>
/// Text forms the default views use, matching the docker CLI (decimal sizes like "4.86MB", ages like
/// "5 minutes ago"). Public so format files and users' own scripts can call it:
/// <c>[Containers.DisplayFormat]::Size(1234567)</c>.
/// </summary>
public static class DisplayFormat
{
    private static readonly string[] s_units = ["B", "kB", "MB", "GB", "TB", "PB"];

    /// <summary>Bytes as the docker CLI prints them (units of 1000, three significant digits).</summary>
    public static string Size(long? bytes)
    {
        if (bytes is not { } value || value < 0)
        {
            return "";
        }
        double size = value;
        int unit = 0;
        while (size >= 1000 && unit < s_units.Length - 1)
        {
            size /= 1000;
            unit++;
        }
        return size.ToString(size < 10 ? "0.##" : size < 100 ? "0.#" : "0", CultureInfo.InvariantCulture) + s_units[unit];
    }

    private static readonly string[] s_binaryUnits = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

    /// <summary>Bytes in units of 1024 with four significant digits, as docker stats prints memory (go-units BytesSize).</summary>
    public static string BinarySize(double bytes)
    {
        int unit = 0;
        while (bytes >= 1024 && unit < s_binaryUnits.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }
        return bytes.ToString("G4", CultureInfo.InvariantCulture) + s_binaryUnits[unit];
    }

    /// <summary>How long ago, as the docker CLI says it ("About a minute ago", "3 hours ago").</summary>
    public static string Since(DateTime? time)
    {
        if (time is not { } value || value == default)
        {
            return "";
        }
        return Duration(DateTime.UtcNow - value.ToUniversalTime()) + " ago";
    }

    /// <summary>A duration in the docker CLI's human words (go-units HumanDuration).</summary>
    public static string Duration(TimeSpan span)
    {
        double seconds = span.TotalSeconds;
        if (seconds < 1)
        {
            return "Less than a second";
        }
        if (seconds < 2)
        {
            return "1 second";
        }
        if (seconds < 60)
        {
            return $"{(int)seconds} seconds";
        }
        double minutes = span.TotalMinutes;
        if (minutes < 2)
        {
            return "About a minute";
        }
        if (minutes < 60)
        {
            return $"{(int)minutes} minutes";
        }
        double hours = span.TotalHours;
        if (Math.Round(hours) == 1)
        {
            return "About an hour";
        }
        if (hours < 48)
        {
            return $"{(int)hours} hours";
        }
        if (hours < 24 * 7 * 2)
        {
            return $"{(int)(hours / 24)} days";
        }
        if (hours < 24 * 30 * 2)
        {
            return $"{(int)(hours / 24 / 7)} weeks";
        }
        if (hours < 24 * 365 * 2)
        {
            return $"{(int)(hours / 24 / 30)} months";
        }
        return $"{(int)(hours / 24 / 365)} years";
    }

    /// <summary>The docker CLI's short id: 12 hex digits, without the <c>sha256:</c> prefix.</summary>
    public static string ShortId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "";
        }
        string bare = id.StartsWith("sha256:", StringComparison.Ordinal) ? id[7..] : id;
        return bare.Length > 12 ? bare[..12] : bare;
    }
}

using System.Globalization;

namespace Containers.Engine.Connection;

/// <summary>A Docker Engine API version such as 1.41. Compared numerically, never as text.</summary>
public readonly record struct ApiVersion(int Major, int Minor) : IComparable<ApiVersion>
{
    /// <summary>
    /// The newest version this client speaks. Docker Engine 29 refuses clients below 1.44, so we must
    /// reach at least that; the fields we read are unchanged from 1.41 to here.
    /// </summary>
    public static readonly ApiVersion Maximum = new(1, 47);

    /// <summary>The oldest version we accept from a daemon (Docker 19.03; Podman reports 1.40/1.41).</summary>
    public static readonly ApiVersion Minimum = new(1, 40);

    /// <summary>Parses "1.41"; returns false for anything else.</summary>
    public static bool TryParse(string? text, out ApiVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        string[] parts = text.Trim().TrimStart('v').Split('.');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int minor))
        {
            return false;
        }
        version = new ApiVersion(major, minor);
        return true;
    }

    /// <summary>The lower of our maximum and what the server offers (the docker CLI's rule).</summary>
    public static ApiVersion Negotiate(ApiVersion? serverVersion) =>
        serverVersion is { } server && server.CompareTo(Maximum) < 0 ? server : Maximum;

    /// <inheritdoc />
    public int CompareTo(ApiVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>True when this version is at least <paramref name="other"/>.</summary>
    public bool IsAtLeast(ApiVersion other) => CompareTo(other) >= 0;

    /// <summary>"1.41".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");
}

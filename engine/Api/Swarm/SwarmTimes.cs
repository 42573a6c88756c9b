using System.Globalization;

namespace Containers.Engine.Api;

/// <summary>Times as the swarm API writes them: RFC 3339 with nanoseconds; the zero time means "never".</summary>
internal static class SwarmTimes
{
    public static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time) && time.Year > 1
            ? time
            : null;
}

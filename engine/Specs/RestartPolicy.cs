namespace Containers.Engine.Specs;

/// <summary>A restart policy as <c>docker run --restart</c> takes it: no, always, unless-stopped, on-failure[:max].</summary>
public sealed record RestartPolicy
{
    /// <summary>no, always, unless-stopped or on-failure.</summary>
    public required string Name { get; init; }

    /// <summary>For on-failure: the most restarts; 0 is unlimited.</summary>
    public int MaximumRetryCount { get; init; }

    /// <summary>Parses "on-failure:3", "always", …</summary>
    /// <exception cref="FormatException">Not a policy.</exception>
    public static RestartPolicy Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Trim().Split(':');
        string name = parts[0].ToLowerInvariant();
        if (name is not ("no" or "always" or "unless-stopped" or "on-failure") || parts.Length > 2)
        {
            throw new FormatException($"'{text}' is not a restart policy; expected no, always, unless-stopped or on-failure[:max-retries].");
        }
        int retries = 0;
        if (parts.Length == 2 && (name != "on-failure" || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out retries)))
        {
            throw new FormatException($"'{text}': only on-failure takes a retry count, as on-failure:3.");
        }
        return new RestartPolicy { Name = name, MaximumRetryCount = retries };
    }

    /// <summary>The docker CLI form.</summary>
    public override string ToString() => MaximumRetryCount > 0 ? $"{Name}:{MaximumRetryCount}" : Name;
}

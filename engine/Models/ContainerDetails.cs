namespace Containers.Engine.Models;

/// <summary>A container as inspect reports it. Starts small; fields are added as cmdlets need them.</summary>
public sealed record ContainerDetails
{
    /// <summary>The full id.</summary>
    public required string Id { get; init; }

    /// <summary>The name without the leading '/'.</summary>
    public string Name { get; init; } = "";

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>The image reference given at creation.</summary>
    public string Image { get; init; } = "";

    /// <summary>The image id.</summary>
    public string ImageId { get; init; } = "";

    /// <summary>created, running, paused, restarting, removing, exited or dead.</summary>
    public string State { get; init; } = "";

    /// <summary>The last exit code (0 while it never exited).</summary>
    public int ExitCode { get; init; }

    /// <summary>When it last started (UTC); null when never.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it last stopped (UTC); null when never.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
}

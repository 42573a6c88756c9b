namespace Containers.Engine.Specs;

/// <summary>A health check (<c>docker run --health-*</c>). Null durations keep the image's or engine's defaults.</summary>
public sealed record HealthCheckSpec
{
    /// <summary>The shell command to run (CMD-SHELL); null with <see cref="Disable"/> false keeps the image's check.</summary>
    public string? Command { get; init; }

    /// <summary>True turns off any health check of the image (NONE).</summary>
    public bool Disable { get; init; }

    /// <summary>Time between checks.</summary>
    public TimeSpan? Interval { get; init; }

    /// <summary>Time one check may take.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Failures in a row before unhealthy.</summary>
    public int? Retries { get; init; }

    /// <summary>Start-up time during which failures do not count.</summary>
    public TimeSpan? StartPeriod { get; init; }
}

namespace Containers;

/// <summary>What Test-ContainerEngine found: whether the engine answers, which API it speaks and how fast.</summary>
public sealed class ContainerEngineTestResult
{
    /// <summary>True when the engine answered the ping.</summary>
    public bool Reachable { get; internal init; }

    /// <summary>The endpoint tried.</summary>
    public string DockerHost { get; internal init; } = "";

    /// <summary>The context the endpoint came from.</summary>
    public string Context { get; internal init; } = "";

    /// <summary>The API version requests use (the lower of ours and the engine's); empty when unreachable.</summary>
    public string ApiVersion { get; internal init; } = "";

    /// <summary>The newest API version the engine speaks; empty when unreachable or not reported.</summary>
    public string ServerApiVersion { get; internal init; } = "";

    /// <summary>linux or windows; empty when unreachable.</summary>
    public string OSType { get; internal init; } = "";

    /// <summary>Round-trip time of the ping on the module's connection; null when unreachable.</summary>
    public TimeSpan? Latency { get; internal init; }

    /// <summary>The latency in milliseconds, for sorting and thresholds; null when unreachable.</summary>
    public double? LatencyMilliseconds => Latency?.TotalMilliseconds;

    /// <summary>Why the engine could not be reached; empty when it was.</summary>
    public string Reason { get; internal init; } = "";

    /// <summary>The reason as a category (NoSocket, PermissionDenied, Refused, Timeout, …); null when reachable.</summary>
    public Engine.Errors.UnreachableReason? ReasonKind { get; internal init; }
}

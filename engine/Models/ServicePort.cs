using System.Globalization;

namespace Containers.Engine.Models;

/// <summary>A port a swarm service publishes, as <c>docker service ls</c> shows it (<c>*:8080->80/tcp</c>).</summary>
public sealed record ServicePort
{
    /// <summary>The port inside the tasks' containers.</summary>
    public required int TargetPort { get; init; }

    /// <summary>The port published on every node (ingress) or on the task's node (host); null until the swarm assigns one.</summary>
    public int? PublishedPort { get; init; }

    /// <summary>tcp, udp or sctp.</summary>
    public string Protocol { get; init; } = "tcp";

    /// <summary><c>ingress</c> (the routing mesh, on every node) or <c>host</c> (only where a task runs).</summary>
    public string PublishMode { get; init; } = "ingress";

    /// <summary>The docker CLI's text form: <c>*:8080->80/tcp</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"*:{PublishedPort?.ToString(CultureInfo.InvariantCulture) ?? ""}->{TargetPort}/{Protocol}");
}

using System.Globalization;

namespace Containers.Engine.Models;

/// <summary>
/// One published or exposed port of a container, as <c>docker ps</c> shows it
/// (<c>0.0.0.0:8080->80/tcp</c>), but as an object: filterable by number and protocol.
/// </summary>
public sealed record PortMapping
{
    /// <summary>The port inside the container.</summary>
    public required int PrivatePort { get; init; }

    /// <summary>The host port; null when the port is only exposed, not published.</summary>
    public int? PublicPort { get; init; }

    /// <summary>The host address the port is bound to (0.0.0.0, ::, 127.0.0.1); null when not published.</summary>
    public string? HostIP { get; init; }

    /// <summary>tcp, udp or sctp.</summary>
    public string Protocol { get; init; } = "tcp";

    /// <summary>The docker CLI's text form, e.g. <c>0.0.0.0:8080->80/tcp</c> or <c>80/tcp</c>.</summary>
    public override string ToString()
    {
        string inside = string.Create(CultureInfo.InvariantCulture, $"{PrivatePort}/{Protocol}");
        if (PublicPort is null)
        {
            return inside;
        }
        string host = HostIP is { Length: > 0 } ip ? (ip.Contains(':', StringComparison.Ordinal) ? $"[{ip}]" : ip) : "0.0.0.0";
        return string.Create(CultureInfo.InvariantCulture, $"{host}:{PublicPort}->{inside}");
    }
}

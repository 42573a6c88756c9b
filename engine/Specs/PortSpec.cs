using System.Globalization;

namespace Containers.Engine.Specs;

/// <summary>
/// A port publication in the docker CLI's <c>-p</c> syntax: <c>[ip:][hostPort:]containerPort[/protocol]</c>,
/// ports or equal-length ranges (<c>8000-8002:80-82</c>), IPv6 hosts in brackets (<c>[::1]:8080:80</c>).
/// An empty host port lets the engine choose one.
/// </summary>
public sealed record PortSpec
{
    /// <summary>The port inside the container.</summary>
    public required int ContainerPort { get; init; }

    /// <summary>The host port; null lets the engine pick a free one.</summary>
    public int? HostPort { get; init; }

    /// <summary>The host address; null means all addresses.</summary>
    public string? HostIP { get; init; }

    /// <summary>tcp, udp or sctp.</summary>
    public string Protocol { get; init; } = "tcp";

    /// <summary>The engine's key for the port: <c>80/tcp</c>.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{ContainerPort}/{Protocol}");

    /// <summary>Parses one <c>-p</c> value; a range yields one spec per port.</summary>
    /// <exception cref="FormatException">The text is not a valid port spec; the message says why.</exception>
    public static IReadOnlyList<PortSpec> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string spec = text.Trim();
        string protocol = "tcp";
        int slash = spec.LastIndexOf('/');
        if (slash >= 0)
        {
            protocol = spec[(slash + 1)..].ToLowerInvariant();
            spec = spec[..slash];
            if (protocol is not ("tcp" or "udp" or "sctp"))
            {
                throw new FormatException($"'{text}': the protocol '{protocol}' is not tcp, udp or sctp.");
            }
        }
        string? ip = null;
        if (spec.StartsWith('['))
        {
            int close = spec.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || close + 1 >= spec.Length || spec[close + 1] != ':')
            {
                throw new FormatException($"'{text}': an IPv6 host address must be written [address]:hostPort:containerPort.");
            }
            ip = spec[1..close];
            spec = spec[(close + 2)..];
        }
        string[] parts = spec.Split(':');
        string hostPart;
        string containerPart;
        switch (parts.Length)
        {
            case 1:
                hostPart = "";
                containerPart = parts[0];
                break;
            case 2:
                hostPart = parts[0];
                containerPart = parts[1];
                break;
            case 3 when ip is null:
                ip = parts[0];
                hostPart = parts[1];
                containerPart = parts[2];
                break;
            default:
                throw new FormatException($"'{text}' is not a port spec; expected [ip:][hostPort:]containerPort[/protocol], e.g. 8080:80 or 127.0.0.1:53:53/udp.");
        }
        // IPAddress.TryParse also takes legacy forms like "1.2.3"; docker wants dotted quads or IPv6.
        if (ip is not null && ip.Length > 0 && (!System.Net.IPAddress.TryParse(ip, out System.Net.IPAddress? address)
            || (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && ip.Count(c => c == '.') != 3)))
        {
            throw new FormatException($"'{text}': '{ip}' is not an IP address.");
        }
        (int containerStart, int containerEnd) = ParseRange(containerPart, text, "container port");
        int? hostStart = null;
        int? hostEnd = null;
        // Host port 0, like an empty one, lets the engine choose (docker -p 127.0.0.1:0:80).
        if (hostPart.Length > 0 && hostPart != "0")
        {
            (int hs, int he) = ParseRange(hostPart, text, "host port");
            hostStart = hs;
            hostEnd = he;
            if (he - hs != containerEnd - containerStart && he != hs)
            {
                throw new FormatException($"'{text}': the host range and the container range have different lengths.");
            }
        }
        var result = new List<PortSpec>();
        for (int port = containerStart; port <= containerEnd; port++)
        {
            int offset = port - containerStart;
            result.Add(new PortSpec
            {
                ContainerPort = port,
                HostPort = hostStart is null ? null : (hostEnd == hostStart ? hostStart : hostStart + offset),
                HostIP = string.IsNullOrEmpty(ip) ? null : ip,
                Protocol = protocol,
            });
        }
        return result;
    }

    private static (int Start, int End) ParseRange(string text, string original, string what)
    {
        string[] bounds = text.Split('-');
        if (bounds.Length is < 1 or > 2 || !TryPort(bounds[0], out int start) || !TryPort(bounds[^1], out int end) || end < start)
        {
            throw new FormatException($"'{original}': '{text}' is not a valid {what} (1-65535, or a range like 8000-8010).");
        }
        return (start, end);
    }

    private static bool TryPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;
}

using System.Globalization;

namespace Containers.Engine.Connection;

/// <summary>
/// A parsed Docker endpoint URL in the forms the docker CLI accepts (unix://, tcp://, http(s)://,
/// npipe://, ssh://). Immutable; <see cref="ToString"/> gives the URL as users wrote it, normalised.
/// </summary>
public sealed record DockerEndpoint
{
    /// <summary>The docker CLI's default on Linux and macOS.</summary>
    public const string DefaultUnixSocket = "unix:///var/run/docker.sock";

    /// <summary>The docker CLI's default on Windows.</summary>
    public const string DefaultNamedPipe = "npipe:////./pipe/docker_engine";

    private DockerEndpoint(EndpointKind kind, string url, string address, string? host, int port, bool useTls)
    {
        Kind = kind;
        Url = url;
        Address = address;
        Host = host;
        Port = port;
        UseTls = useTls;
    }

    /// <summary>How to connect.</summary>
    public EndpointKind Kind { get; }

    /// <summary>The normalised URL, e.g. <c>unix:///var/run/docker.sock</c>.</summary>
    public string Url { get; private init; }

    /// <summary>The socket or pipe path for unix/npipe; <c>host:port</c> for tcp and ssh.</summary>
    public string Address { get; private init; }

    /// <summary>Host name for tcp and ssh (without the ssh user); null for unix and npipe.</summary>
    public string? Host { get; }

    /// <summary>The ssh login user (<c>ssh://user@host</c>); null when the URL names none (ssh's config decides) and for other kinds.</summary>
    public string? User { get; private init; }

    /// <summary>
    /// For ssh: the engine socket on the remote host (<c>ssh://host/run/user/1000/docker.sock</c>), passed to the remote
    /// <c>docker --host=unix://…</c> as the docker CLI does; null for the remote CLI's own default and for other kinds.
    /// </summary>
    public string? RemotePath { get; private init; }

    // True when the URL gave a port. tcp://host without one means 2375, or 2376 once TLS is on (the CLI's ParseHost
    // with tls); for ssh only a given port is passed as -p, so that a Port in ssh's own config still applies.
    internal bool PortGiven { get; private init; }

    /// <summary>TCP or ssh port; 0 for unix and npipe.</summary>
    public int Port { get; private init; }

    /// <summary>True for https:// and for tcp:// with TLS material (<see cref="WithTls"/>).</summary>
    public bool UseTls { get; private init; }

    /// <summary>
    /// The TLS material for a tcp endpoint (CA, client certificate, SkipVerify); null for plain tcp, and for https://
    /// verified against the system's trusted roots without a client certificate.
    /// </summary>
    public TlsMaterial? Tls { get; private init; }

    /// <summary>
    /// This endpoint with TLS <paramref name="tls"/> (null: unchanged). Only tcp endpoints use TLS; others are
    /// returned as they are, as the CLI ignores TLS flags for unix sockets and pipes.
    /// </summary>
    public DockerEndpoint WithTls(TlsMaterial? tls)
    {
        if (tls is null || Kind != EndpointKind.Tcp)
        {
            return this;
        }
        int port = PortGiven ? Port : 2376;
        string address = $"{FormatHost(Host!)}:{port.ToString(CultureInfo.InvariantCulture)}";
        string scheme = Url.StartsWith("https://", StringComparison.Ordinal) ? "https" : "tcp";
        return this with { Tls = tls, UseTls = true, Port = port, Address = address, Url = $"{scheme}://{address}" };
    }

    /// <summary>The platform default endpoint: the unix socket, or the named pipe on Windows.</summary>
    public static DockerEndpoint Default => Parse(OperatingSystem.IsWindows() ? DefaultNamedPipe : DefaultUnixSocket);

    /// <summary>Parses an endpoint URL. A bare path starting with '/' is taken as a unix socket.</summary>
    /// <exception cref="ArgumentException">The text is empty or not a supported endpoint URL.</exception>
    public static DockerEndpoint Parse(string value)
    {
        if (!TryParse(value, out DockerEndpoint? endpoint, out string? error))
        {
            throw new ArgumentException(error, nameof(value));
        }
        return endpoint;
    }

    /// <summary>Parses an endpoint URL without throwing; <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DockerEndpoint? endpoint, out string? error)
    {
        endpoint = null;
        error = null;
        string text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            error = "The Docker host is empty.";
            return false;
        }
        if (text.StartsWith('/'))
        {
            text = "unix://" + text;
        }
        int schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            error = $"'{value}' is not a Docker host URL; expected unix:///path, tcp://host:port, npipe:////./pipe/name or ssh://user@host.";
            return false;
        }
        string scheme = text[..schemeEnd].ToLowerInvariant();
        string rest = text[(schemeEnd + 3)..];
        switch (scheme)
        {
            case "unix":
                if (rest.Length == 0 || rest[0] != '/')
                {
                    error = $"'{value}' has no absolute socket path; expected unix:///path/to/docker.sock.";
                    return false;
                }
                endpoint = new DockerEndpoint(EndpointKind.Unix, "unix://" + rest, rest, null, 0, false);
                return true;
            case "npipe":
                // The CLI writes npipe:////./pipe/name; Windows also accepts npipe://./pipe/name.
                string pipe = rest.Replace('/', '\\').TrimStart('\\');
                endpoint = new DockerEndpoint(EndpointKind.NamedPipe, "npipe:////" + pipe.Replace('\\', '/'), @"\\" + pipe, null, 0, false);
                return true;
            case "tcp":
            case "http":
            case "https":
                return TryParseHostPort(value!, rest, scheme == "https" ? 2376 : 2375, out string? host, out int port, out error)
                    && Assign(out endpoint, new DockerEndpoint(EndpointKind.Tcp, $"{(scheme == "https" ? "https" : "tcp")}://{FormatHost(host!)}:{port.ToString(CultureInfo.InvariantCulture)}",
                        $"{FormatHost(host!)}:{port.ToString(CultureInfo.InvariantCulture)}", host, port, scheme == "https")
                    { PortGiven = scheme == "https" || HasPort(rest) });
            case "ssh":
                return TryParseSsh(value!, text, out endpoint, out error);
            default:
                error = $"'{value}' uses the unsupported scheme '{scheme}'; expected unix, tcp, http, https, npipe or ssh.";
                return false;
        }
    }

    /// <summary>The normalised URL.</summary>
    public override string ToString() => Url;

    // The docker CLI's connhelper/ssh ParseURL: user, host, optional port and socket path; no password, query or fragment.
    private static bool TryParseSsh(string original, string text, out DockerEndpoint? endpoint, out string? error)
    {
        endpoint = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || uri.Host.Length == 0)
        {
            error = $"'{original}' is not a valid ssh URL: the host name is empty; expected ssh://[user@]host[:port][/socket/path].";
            return false;
        }
        if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            error = $"'{original}' is not a valid ssh URL: plain-text passwords are not supported; use ssh keys or the ssh agent.";
            return false;
        }
        if (uri.Query.Length > 0)
        {
            error = $"'{original}' is not a valid ssh URL: query parameters are not allowed: \"{uri.Query.TrimStart('?')}\".";
            return false;
        }
        if (uri.Fragment.Length > 0)
        {
            error = $"'{original}' is not a valid ssh URL: fragments are not allowed: \"{uri.Fragment.TrimStart('#')}\".";
            return false;
        }
        error = null;
        string? user = uri.UserInfo.Length > 0 ? Uri.UnescapeDataString(uri.UserInfo) : null;
        string host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.IdnHost;
        bool portGiven = !uri.IsDefaultPort && uri.Port > 0;
        int port = portGiven ? uri.Port : 22;
        string path = Uri.UnescapeDataString(uri.AbsolutePath);
        string? remotePath = path.Trim('/').Length > 0 ? path : null;
        string authority = $"{(user is null ? "" : user + "@")}{FormatHost(host)}:{port.ToString(CultureInfo.InvariantCulture)}";
        endpoint = new DockerEndpoint(EndpointKind.Ssh, $"ssh://{authority}{remotePath}", authority, host, port, false)
        {
            User = user,
            RemotePath = remotePath,
            PortGiven = portGiven,
        };
        return true;
    }

    private static bool Assign(out DockerEndpoint? target, DockerEndpoint value)
    {
        target = value;
        return true;
    }

    private static string FormatHost(string host) => host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;

    private static bool HasPort(string rest)
    {
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        string authority = slash >= 0 ? rest[..slash] : rest;
        int colon = authority.LastIndexOf(':');
        return colon >= 0 && colon > authority.LastIndexOf(']');
    }

    private static bool TryParseHostPort(string original, string rest, int defaultPort, out string? host, out int port, out string? error)
    {
        host = null;
        port = defaultPort;
        error = null;
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        string authority = slash >= 0 ? rest[..slash] : rest;
        if (!Uri.TryCreate("scheme://" + authority, UriKind.Absolute, out Uri? uri) || uri.Host.Length == 0)
        {
            error = $"'{original}' has no valid host; expected scheme://host:port.";
            return false;
        }
        host = string.IsNullOrEmpty(uri.UserInfo) ? uri.IdnHost : $"{uri.UserInfo}@{uri.IdnHost}";
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            port = uri.Port;
        }
        return true;
    }
}

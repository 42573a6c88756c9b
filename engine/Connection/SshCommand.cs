using System.Globalization;

namespace Containers.Engine.Connection;

/// <summary>
/// The ssh command line for an ssh:// endpoint, built as the docker CLI builds it (cli/connhelper): ssh's own options
/// first, then the login and port the URL names, then <c>--</c>, the host and the remote
/// <c>docker system dial-stdio</c>, which relays the connection to the remote engine's socket. Everything else
/// (keys, agent, known hosts, proxies, jump hosts) is ssh's own configuration, as with the CLI.
/// </summary>
internal static class SshCommand
{
    /// <summary>The program started: whatever <c>ssh</c> is first on PATH, as the CLI runs it.</summary>
    public const string Program = "ssh";

    /// <summary>The arguments after the program name.</summary>
    public static IReadOnlyList<string> Arguments(DockerEndpoint endpoint, TimeSpan connectTimeout)
    {
        if (endpoint.Kind != EndpointKind.Ssh)
        {
            throw new ArgumentException($"{endpoint} is not an ssh endpoint.", nameof(endpoint));
        }
        int seconds = Math.Max(1, (int)Math.Ceiling(connectTimeout.TotalSeconds));
        // -T: no pseudo-terminal, so the remote side runs no login shell and the stream stays binary-clean.
        var args = new List<string> { "-o", "ConnectTimeout=" + seconds.ToString(CultureInfo.InvariantCulture), "-T" };
        if (endpoint.User is { } user)
        {
            args.Add("-l");
            args.Add(user);
        }
        if (endpoint.PortGiven)
        {
            args.Add("-p");
            args.Add(endpoint.Port.ToString(CultureInfo.InvariantCulture));
        }
        args.Add("--");
        args.Add(endpoint.Host!);
        args.Add("docker");
        if (endpoint.RemotePath is { } socket)
        {
            args.Add("--host=unix://" + socket);
        }
        args.Add("system");
        args.Add("dial-stdio");
        return args;
    }
}

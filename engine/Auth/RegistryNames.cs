namespace Containers.Engine.Auth;

/// <summary>
/// Registry names as the docker CLI normalises them: which registry a reference lives on, and the key its
/// credentials are stored under in config.json (<c>cli/config/credentials</c>, <c>registry.ParseRepositoryInfo</c>).
/// </summary>
public static class RegistryNames
{
    /// <summary>Docker Hub's credential key, for historical reasons the v1 index URL.</summary>
    public const string IndexServer = "https://index.docker.io/v1/";

    /// <summary>Docker Hub's registry name in references.</summary>
    public const string DockerHub = "docker.io";

    /// <summary>
    /// The registry of an image reference: the first path component when it looks like a host (has a '.' or a
    /// ':', or is <c>localhost</c>), else Docker Hub. <c>busybox</c>, <c>library/busybox</c> → docker.io;
    /// <c>127.0.0.1:5000/x</c> → 127.0.0.1:5000.
    /// </summary>
    /// <exception cref="ArgumentException">The reference is empty.</exception>
    public static string RegistryOf(string reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        int slash = reference.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return DockerHub;
        }
        string first = reference[..slash];
        bool isHost = first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost";
        return isHost && first != "index.docker.io" ? first : DockerHub;
    }

    /// <summary>
    /// The config.json key for a registry given as a name or URL, as the CLI stores logins: Docker Hub in any
    /// spelling → <see cref="IndexServer"/>; anything else → its host[:port] (scheme and path dropped).
    /// </summary>
    /// <exception cref="ArgumentException">The address is empty.</exception>
    public static string CredentialKey(string? serverAddress)
    {
        if (string.IsNullOrWhiteSpace(serverAddress) || serverAddress == IndexServer)
        {
            return IndexServer;
        }
        string host = ToHostname(serverAddress);
        return host is "docker.io" or "index.docker.io" or "registry-1.docker.io" ? IndexServer : host;
    }

    /// <summary>The CLI's <c>ConvertToHostname</c>: drops http:// or https:// and everything from the first '/'.</summary>
    public static string ToHostname(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        string rest = address.Trim();
        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[7..];
        }
        else if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[8..];
        }
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? rest : rest[..slash];
    }

    /// <summary>The credential key of the registry an image reference lives on.</summary>
    public static string CredentialKeyOfReference(string reference) => CredentialKey(RegistryOf(reference));
}

namespace Containers.Engine.Auth;

/// <summary>
/// Credentials for one registry, the docker CLI's <c>AuthConfig</c>: a user name and password, or an identity
/// token (OAuth refresh token) the registry gave at login. Never log or print an instance: it holds secrets,
/// and <see cref="ToString"/> hides them.
/// </summary>
public sealed record RegistryAuth
{
    /// <summary>The key the credentials are stored under: a host[:port], or <see cref="RegistryNames.IndexServer"/> for Docker Hub.</summary>
    public required string ServerAddress { get; init; }

    /// <summary>The user name; null with an identity token only.</summary>
    public string? Username { get; init; }

    /// <summary>The password or personal access token; null with an identity token only.</summary>
    public string? Password { get; init; }

    /// <summary>An identity token the registry returned at login, used instead of the password; null when none.</summary>
    public string? IdentityToken { get; init; }

    /// <summary>A bearer token for the registry itself; null when none (rare: set by tools, never by login).</summary>
    public string? RegistryToken { get; init; }

    /// <summary>Names the registry and user only: secrets never reach logs through string formatting.</summary>
    public override string ToString() => $"{Username ?? "<token>"}@{ServerAddress}";
}

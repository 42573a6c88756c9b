using System.Text.Json.Serialization;

namespace Containers.Engine.Api.Wire;

// The AuthConfig of X-Registry-Auth, POST /auth and config.json auths entries (lower-case names).
internal sealed class AuthConfigWire
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }
    [JsonPropertyName("password")]
    public string? Password { get; set; }
    [JsonPropertyName("auth")]
    public string? Auth { get; set; }
    [JsonPropertyName("email")]
    public string? Email { get; set; }
    [JsonPropertyName("serveraddress")]
    public string? ServerAddress { get; set; }
    [JsonPropertyName("identitytoken")]
    public string? IdentityToken { get; set; }
    [JsonPropertyName("registrytoken")]
    public string? RegistryToken { get; set; }
}

// POST /auth's answer.
internal sealed class AuthResponseWire
{
    public string? Status { get; set; }
    public string? IdentityToken { get; set; }
}

// What docker-credential-* helpers read on "store" and write on "get".
internal sealed class HelperCredentialsWire
{
    public string? ServerURL { get; set; }
    public string? Username { get; set; }
    public string? Secret { get; set; }
}

using System.Text;
using System.Text.Json;
using Containers.Engine.Api;
using Containers.Engine.Api.Wire;

namespace Containers.Engine.Auth;

/// <summary>
/// The <c>X-Registry-Auth</c> header of pull and push: base64url (RFC 4648 §5, with padding, as Go's
/// <c>base64.URLEncoding</c>) of the JSON AuthConfig. Plain base64 breaks on '+' and '/' (Docker.DotNet #439).
/// </summary>
public static class RegistryAuthHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "X-Registry-Auth";

    /// <summary>Encodes <paramref name="auth"/>; null (anonymous) encodes <c>{}</c>, as the CLI sends.</summary>
    public static string Encode(RegistryAuth? auth)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(ToWire(auth), EngineJsonContext.Default.AuthConfigWire);
        return Convert.ToBase64String(json).Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Decodes a header value (base64url or plain base64); null when it is not one.</summary>
    public static RegistryAuth? Decode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            string padded = value.Replace('-', '+').Replace('_', '/');
            padded = padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '=');
            AuthConfigWire? wire = JsonSerializer.Deserialize(Convert.FromBase64String(padded), EngineJsonContext.Default.AuthConfigWire);
            return wire is null ? null : new RegistryAuth
            {
                ServerAddress = wire.ServerAddress ?? "",
                Username = wire.Username,
                Password = wire.Password,
                IdentityToken = wire.IdentityToken,
                RegistryToken = wire.RegistryToken,
            };
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    internal static AuthConfigWire ToWire(RegistryAuth? auth) => auth is null ? new AuthConfigWire() : new AuthConfigWire
    {
        Username = Empty(auth.Username),
        Password = Empty(auth.Password),
        ServerAddress = Empty(auth.ServerAddress),
        IdentityToken = Empty(auth.IdentityToken),
        RegistryToken = Empty(auth.RegistryToken),
    };

    /// <summary>config.json's <c>auth</c>: standard base64 of "user:password".</summary>
    internal static string EncodeBasic(string username, string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password));

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

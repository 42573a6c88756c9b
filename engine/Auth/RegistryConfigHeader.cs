using System.Text.Json;
using Containers.Engine.Api;

namespace Containers.Engine.Auth;

/// <summary>
/// The <c>X-Registry-Config</c> header of POST /build: base64url (with padding, as Go's <c>base64.URLEncoding</c>)
/// of a JSON map from registry to AuthConfig, every login the daemon may need for FROM (docker/cli sends all of
/// the config's credentials, because it cannot know which registries the Dockerfile names).
/// </summary>
public static class RegistryConfigHeader
{
    /// <summary>The header's name.</summary>
    public const string Name = "X-Registry-Config";

    /// <summary>Encodes <paramref name="auths"/> (key: the registry as config.json keys it).</summary>
    public static string Encode(IReadOnlyDictionary<string, RegistryAuth> auths)
    {
        ArgumentNullException.ThrowIfNull(auths);
        var wire = auths.ToDictionary(p => p.Key, p => RegistryAuthHeader.ToWire(p.Value), StringComparer.Ordinal);
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(wire, EngineJsonContext.Default.DictionaryStringAuthConfigWire);
        return Convert.ToBase64String(json).Replace('+', '-').Replace('/', '_');
    }
}

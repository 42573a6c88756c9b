using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Containers.Engine.Auth;

/// <summary>
/// Registry logins exactly where and how the docker CLI keeps them, so the CLI and this engine share them both
/// ways: <c>$DOCKER_CONFIG/config.json</c> (default <c>~/.docker</c>) <c>auths</c> with base64 "user:password",
/// or a credential helper named by <c>credHelpers[registry]</c>, else <c>credsStore</c>
/// (<c>cli/config/configfile/file.go</c>, <c>cli/config/credentials</c>). Writing keeps every other key of config.json.
/// </summary>
public sealed class CredentialStore
{
    private readonly Func<string, string?> _findOnPath;

    /// <summary>The store in <paramref name="configDirectory"/> (the CLI's DOCKER_CONFIG).</summary>
    public CredentialStore(string configDirectory) : this(configDirectory, FindOnPath)
    {
    }

    internal CredentialStore(string configDirectory, Func<string, string?> findOnPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configDirectory);
        ConfigDirectory = configDirectory;
        _findOnPath = findOnPath;
    }

    /// <summary>The configuration directory.</summary>
    public string ConfigDirectory { get; }

    /// <summary>The config.json this store reads and writes.</summary>
    public string ConfigPath => Path.Combine(ConfigDirectory, "config.json");

    /// <summary>The store for <c>DOCKER_CONFIG</c>, else <c>~/.docker</c>, as the CLI picks it.</summary>
    public static CredentialStore FromEnvironment(Func<string, string?>? getEnvironmentVariable = null) =>
        new(Connection.ContextStore.FromEnvironment(getEnvironmentVariable).ConfigDirectory);

    /// <summary>
    /// The helper suffix that holds the credentials of <paramref name="serverAddress"/>: <c>credHelpers</c> for it,
    /// else <c>credsStore</c>, else (while config.json has no logins at all, as the CLI decides) the platform's
    /// default helper when it is installed; null means config.json itself.
    /// </summary>
    /// <exception cref="CredentialStoreException">config.json is not valid JSON.</exception>
    public string? HelperFor(string serverAddress) => HelperFor(Load(), RegistryNames.CredentialKey(serverAddress));

    /// <summary>The stored credentials for a registry (any spelling: "127.0.0.1:5000", "docker.io", a URL); null when none.</summary>
    /// <exception cref="CredentialStoreException">config.json is unreadable or the helper failed.</exception>
    public async Task<RegistryAuth?> GetAsync(string serverAddress, CancellationToken cancellationToken)
    {
        string key = RegistryNames.CredentialKey(serverAddress);
        JsonObject config = Load();
        if (HelperFor(config, key) is { } helper)
        {
            return await new CredentialHelper(helper).GetAsync(key, cancellationToken).ConfigureAwait(false);
        }
        return FromFile(config, key);
    }

    /// <summary>The credentials the CLI would send to pull or push <paramref name="reference"/>; null for anonymous.</summary>
    /// <exception cref="CredentialStoreException">config.json is unreadable or the helper failed.</exception>
    public Task<RegistryAuth?> GetForReferenceAsync(string reference, CancellationToken cancellationToken) =>
        GetAsync(RegistryNames.CredentialKeyOfReference(reference), cancellationToken);

    /// <summary>
    /// Every stored login (file entries, then what <c>credsStore</c> lists, then each <c>credHelpers</c> registry), as the
    /// CLI's <c>GetAllCredentials</c> gathers them for a build's X-Registry-Config. Keys are credential keys.
    /// </summary>
    /// <exception cref="CredentialStoreException">config.json is unreadable or a helper failed.</exception>
    public async Task<IReadOnlyDictionary<string, RegistryAuth>> GetAllAsync(CancellationToken cancellationToken)
    {
        JsonObject config = Load();
        var all = new Dictionary<string, RegistryAuth>(StringComparer.Ordinal);
        if (config["auths"] is JsonObject auths)
        {
            foreach ((string key, JsonNode? _) in auths)
            {
                if (FromFile(config, key) is { } auth)
                {
                    all[key] = auth;
                }
            }
        }
        if (StringValue(config, "credsStore") is { } store)
        {
            var helper = new CredentialHelper(store);
            foreach (string key in (await helper.ListAsync(cancellationToken).ConfigureAwait(false)).Keys)
            {
                if (await helper.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } auth)
                {
                    all[key] = auth;
                }
            }
        }
        if (config["credHelpers"] is JsonObject helpers)
        {
            foreach ((string key, JsonNode? value) in helpers)
            {
                if (value?.GetValueKind() == JsonValueKind.String
                    && await new CredentialHelper(value.GetValue<string>()).GetAsync(key, cancellationToken).ConfigureAwait(false) is { } auth)
                {
                    all[key] = auth;
                }
            }
        }
        return all;
    }

    /// <summary>
    /// Stores a login as <c>docker login</c> does: in the registry's helper (config.json then gets an empty
    /// placeholder entry), or as base64 "user:password" in config.json. Returns the credential key used.
    /// </summary>
    /// <exception cref="CredentialStoreException">config.json is unreadable or unwritable, or the helper refused.</exception>
    public async Task<string> StoreAsync(RegistryAuth auth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auth);
        string key = RegistryNames.CredentialKey(auth.ServerAddress);
        JsonObject config = Load();
        var entry = new JsonObject();
        if (HelperFor(config, key) is { } helper)
        {
            await new CredentialHelper(helper).StoreAsync(auth with { ServerAddress = key }, cancellationToken).ConfigureAwait(false);
            // A default helper found on PATH is written down, as the CLI saves its detected credsStore.
            if (!HasHelperConfigured(config, key))
            {
                config["credsStore"] = helper;
            }
        }
        else
        {
            if (!string.IsNullOrEmpty(auth.Username) || !string.IsNullOrEmpty(auth.Password))
            {
                entry["auth"] = RegistryAuthHeader.EncodeBasic(auth.Username ?? "", auth.Password ?? "");
            }
            if (!string.IsNullOrEmpty(auth.IdentityToken))
            {
                entry["identitytoken"] = auth.IdentityToken;
            }
            if (!string.IsNullOrEmpty(auth.RegistryToken))
            {
                entry["registrytoken"] = auth.RegistryToken;
            }
        }
        if (config["auths"] is not JsonObject auths)
        {
            auths = new JsonObject();
            config["auths"] = auths;
        }
        auths[key] = entry;
        Save(config);
        return key;
    }

    /// <summary>
    /// Removes the login for a registry as <c>docker logout</c> does: from its helper and from config.json, under
    /// the key and its legacy spellings (http:// and https:// forms). Returns false when there was no login.
    /// </summary>
    /// <exception cref="CredentialStoreException">config.json is unreadable or unwritable, or the helper failed.</exception>
    public async Task<bool> EraseAsync(string serverAddress, CancellationToken cancellationToken)
    {
        string key = RegistryNames.CredentialKey(serverAddress);
        string[] keys = key == RegistryNames.IndexServer ? [key] : [key, "http://" + key, "https://" + key];
        JsonObject config = Load();
        var auths = config["auths"] as JsonObject;
        bool found = keys.Any(k => auths?.ContainsKey(k) == true);
        if (HelperFor(config, key) is { } helper)
        {
            var credentialHelper = new CredentialHelper(helper);
            found |= await credentialHelper.GetAsync(key, cancellationToken).ConfigureAwait(false) is not null;
            foreach (string k in keys)
            {
                await credentialHelper.EraseAsync(k, cancellationToken).ConfigureAwait(false);
            }
        }
        if (auths is not null && keys.Any(auths.ContainsKey))
        {
            foreach (string k in keys)
            {
                auths.Remove(k);
            }
            Save(config);
        }
        return found;
    }

    private string? HelperFor(JsonObject config, string key)
    {
        if (config["credHelpers"] is JsonObject helpers)
        {
            foreach (string candidate in new[] { key, RegistryNames.ToHostname(key) })
            {
                if (helpers[candidate] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } named)
                {
                    return named;
                }
            }
        }
        if (StringValue(config, "credsStore") is { } store)
        {
            return store;
        }
        // cli/config/config.go: with no login in the file, a platform default helper that is installed is used.
        if (config["auths"] is JsonObject { Count: > 0 })
        {
            return null;
        }
        return DefaultHelper();
    }

    private static bool HasHelperConfigured(JsonObject config, string key) =>
        StringValue(config, "credsStore") is not null
        || (config["credHelpers"] is JsonObject helpers && (helpers.ContainsKey(key) || helpers.ContainsKey(RegistryNames.ToHostname(key))));

    // cli/config/credentials/default_store_linux.go: "pass" when the pass tool exists, else "secretservice";
    // either only when its docker-credential-* program is installed.
    private string? DefaultHelper()
    {
        string? candidate = OperatingSystem.IsLinux() ? (_findOnPath("pass") is not null ? "pass" : "secretservice")
            : OperatingSystem.IsWindows() ? "wincred"
            : OperatingSystem.IsMacOS() ? "osxkeychain"
            : null;
        return candidate is not null && _findOnPath("docker-credential-" + candidate) is not null ? candidate : null;
    }

    private RegistryAuth? FromFile(JsonObject config, string key)
    {
        if (config["auths"] is not JsonObject auths)
        {
            return null;
        }
        JsonObject? entry = auths[key] as JsonObject;
        string storedKey = key;
        if (entry is null)
        {
            // Legacy keys were full URLs ("https://registry.example.com/v1/"): match them by host.
            foreach ((string k, JsonNode? value) in auths)
            {
                if (value is JsonObject candidate && k != key && RegistryNames.CredentialKey(k) == key)
                {
                    entry = candidate;
                    storedKey = k;
                    break;
                }
            }
        }
        if (entry is null)
        {
            return null;
        }
        string? username = StringValue(entry, "username");
        string? password = StringValue(entry, "password");
        if (StringValue(entry, "auth") is { } encoded)
        {
            (username, password) = DecodeBasic(encoded, storedKey);
        }
        string? identityToken = StringValue(entry, "identitytoken");
        string? registryToken = StringValue(entry, "registrytoken");
        if (username is null && password is null && identityToken is null && registryToken is null)
        {
            return null; // a placeholder of a helper that is no longer configured
        }
        return new RegistryAuth { ServerAddress = key, Username = username, Password = password, IdentityToken = identityToken, RegistryToken = registryToken };
    }

    private (string? Username, string? Password) DecodeBasic(string encoded, string key)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException e)
        {
            throw new CredentialStoreException($"The login for '{key}' in {ConfigPath} is not valid base64.", e);
        }
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new CredentialStoreException($"The login for '{key}' in {ConfigPath} is not 'user:password'.");
        }
        return (text[..colon], text[(colon + 1)..]);
    }

    private static string? StringValue(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text ? text : null;

    private JsonObject Load()
    {
        if (!File.Exists(ConfigPath))
        {
            return new JsonObject();
        }
        try
        {
            byte[] bytes = File.ReadAllBytes(ConfigPath);
            if (bytes.AsSpan().Trim((byte)' ').Length == 0)
            {
                return new JsonObject();
            }
            return JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true }) as JsonObject
                ?? throw new CredentialStoreException($"{ConfigPath} does not hold a JSON object.");
        }
        catch (JsonException e)
        {
            throw new CredentialStoreException($"{ConfigPath} is not valid JSON: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new CredentialStoreException($"{ConfigPath} could not be read: {e.Message}", e);
        }
    }

    // As the CLI: write a temporary file beside it, owner-only, then rename over (never a half-written config).
    private void Save(JsonObject config)
    {
        try
        {
            Directory.CreateDirectory(ConfigDirectory);
            string temp = Path.Combine(ConfigDirectory, $".config.json.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var stream = new FileStream(temp, options))
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                config.WriteTo(writer);
            }
            File.Move(temp, ConfigPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CredentialStoreException($"{ConfigPath} could not be written: {e.Message}", e);
        }
    }

    private static string? FindOnPath(string program)
    {
        string? path = Environment.GetEnvironmentVariable("PATH");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }
        string[] extensions = OperatingSystem.IsWindows() ? [".exe", ".cmd", ".bat", ""] : [""];
        foreach (string directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string extension in extensions)
            {
                string candidate = Path.Combine(directory, program + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}

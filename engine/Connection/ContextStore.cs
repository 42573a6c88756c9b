using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Containers.Engine.Connection;

/// <summary>
/// Reads the docker CLI's configuration: <c>config.json</c> (currentContext) and the context store,
/// where each context lives in <c>contexts/meta/&lt;sha256 of its name&gt;/meta.json</c>.
/// Writing (create, remove, currentContext) is in ContextStore.Write.cs.
/// </summary>
public sealed partial class ContextStore
{
    /// <summary>Opens the store in <paramref name="configDirectory"/> (the CLI's DOCKER_CONFIG, default <c>~/.docker</c>).</summary>
    public ContextStore(string configDirectory) => ConfigDirectory = configDirectory;

    /// <summary>The configuration directory.</summary>
    public string ConfigDirectory { get; }

    /// <summary>The store for <c>DOCKER_CONFIG</c>, else <c>~/.docker</c>.</summary>
    public static ContextStore FromEnvironment(Func<string, string?>? getEnvironmentVariable = null)
    {
        getEnvironmentVariable ??= Environment.GetEnvironmentVariable;
        string? configured = getEnvironmentVariable("DOCKER_CONFIG");
        string directory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker")
            : configured;
        return new ContextStore(directory);
    }

    /// <summary>The context directory id the CLI uses: lowercase hex SHA-256 of the UTF-8 name.</summary>
    public static string ContextId(string name) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name))).ToLowerInvariant();

    /// <summary><c>currentContext</c> from config.json; null when unset or the file is absent.</summary>
    /// <exception cref="InvalidDataException">config.json is not valid JSON.</exception>
    public string? ReadCurrentContext()
    {
        string path = Path.Combine(ConfigDirectory, "config.json");
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            using JsonDocument config = JsonDocument.Parse(File.ReadAllBytes(path));
            return config.RootElement.ValueKind == JsonValueKind.Object
                && config.RootElement.TryGetProperty("currentContext", out JsonElement current)
                && current.ValueKind == JsonValueKind.String && current.GetString() is { Length: > 0 } name
                ? name
                : null;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Reads one stored context; null when there is none of that name. "default" is never stored.</summary>
    /// <exception cref="InvalidDataException">Its meta.json is unreadable or has no docker endpoint.</exception>
    public DockerContext? Find(string name)
    {
        string path = Path.Combine(ConfigDirectory, "contexts", "meta", ContextId(name), "meta.json");
        return File.Exists(path) ? Read(path) : null;
    }

    /// <summary>Every stored context, sorted by name (the virtual "default" is not included).</summary>
    public IReadOnlyList<DockerContext> List()
    {
        string root = Path.Combine(ConfigDirectory, "contexts", "meta");
        if (!Directory.Exists(root))
        {
            return [];
        }
        var contexts = new List<DockerContext>();
        foreach (string directory in Directory.EnumerateDirectories(root))
        {
            string path = Path.Combine(directory, "meta.json");
            if (File.Exists(path))
            {
                contexts.Add(Read(path));
            }
        }
        contexts.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return contexts;
    }

    /// <summary>The folder of a context's docker TLS files: <c>contexts/tls/&lt;id&gt;/docker</c>.</summary>
    public string TlsDirectory(string name) => Path.Combine(ConfigDirectory, "contexts", "tls", ContextId(name), "docker");

    /// <summary>
    /// A context's TLS material as the CLI reads it (context/docker/load.go): the files present in its TLS folder,
    /// and SkipTLSVerify; null when it has neither (plain tcp).
    /// </summary>
    public TlsMaterial? ReadTls(DockerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string directory = TlsDirectory(context.Name);
        TlsMaterial material = TlsMaterial.FromDirectory(directory, context.SkipTlsVerify, requireCa: false, $"context '{context.Name}'");
        return material.CaFile is null && material.CertFile is null && material.KeyFile is null && !context.SkipTlsVerify ? null : material;
    }

    private static DockerContext Read(string path)
    {
        try
        {
            using JsonDocument meta = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement root = meta.RootElement;
            string name = root.GetProperty("Name").GetString() ?? throw new InvalidDataException($"{path} has no Name.");
            if (!root.TryGetProperty("Endpoints", out JsonElement endpoints)
                || !endpoints.TryGetProperty("docker", out JsonElement docker)
                || !docker.TryGetProperty("Host", out JsonElement host)
                || host.GetString() is not { Length: > 0 } hostUrl)
            {
                throw new InvalidDataException($"Context '{name}' ({path}) has no docker endpoint.");
            }
            string description = root.TryGetProperty("Metadata", out JsonElement metadata)
                && metadata.ValueKind == JsonValueKind.Object
                && metadata.TryGetProperty("Description", out JsonElement d) && d.ValueKind == JsonValueKind.String
                ? d.GetString() ?? "" : "";
            bool skip = docker.TryGetProperty("SkipTLSVerify", out JsonElement s) && s.ValueKind == JsonValueKind.True;
            return new DockerContext { Name = name, Description = description, Host = hostUrl, SkipTlsVerify = skip };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not a valid context: {e.Message}", e);
        }
    }
}

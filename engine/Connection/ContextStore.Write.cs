using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Containers.Engine.Connection;

/// <summary>
/// Writing the store in the docker CLI's exact layout (cli/context/store): <c>contexts/meta/&lt;id&gt;/meta.json</c>
/// (folder 0755, file 0644) and <c>contexts/tls/&lt;id&gt;/docker/{ca,cert,key}.pem</c> (folders 0700, files 0600),
/// every file written whole through a temporary file and a rename, so the CLI never reads half a context.
/// </summary>
public sealed partial class ContextStore
{
    /// <summary>The pattern the CLI validates context names with (cli/command/context/create.go).</summary>
    public const string NamePattern = "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$";

    private const UnixFileMode PrivateDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PublicDirectory = PrivateDirectory | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PublicFile = PrivateFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>Why <paramref name="name"/> cannot name a new context, in the CLI's words; null when it can.</summary>
    public static string? ValidateName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "context name cannot be empty";
        }
        if (name == DockerContext.DefaultName)
        {
            return $"\"{name}\" is a reserved context name";
        }
        return Regex.IsMatch(name, NamePattern, RegexOptions.CultureInvariant)
            ? null
            : $"context name \"{name}\" is invalid, names are validated against regexp \"{NamePattern}\"";
    }

    /// <summary>
    /// Creates a context as <c>docker context create NAME --docker host=…,ca=…,cert=…,key=…,skip-tls-verify=…</c> does.
    /// The TLS files are copied into the store (the CLI keeps no reference to the originals).
    /// </summary>
    /// <exception cref="ArgumentException">The name is invalid or taken, or the host is not a Docker endpoint.</exception>
    /// <exception cref="FileNotFoundException">A TLS file does not exist.</exception>
    public DockerContext Create(DockerContext context, TlsMaterial? tls)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ValidateName(context.Name) is { } invalid)
        {
            throw new ArgumentException(invalid);
        }
        if (Find(context.Name) is not null)
        {
            throw new ArgumentException($"context \"{context.Name}\" already exists");
        }
        // Validates the URL as the CLI does before it writes anything.
        DockerEndpoint.Parse(context.Host);
        var files = new List<(string Name, byte[] Data)>();
        foreach ((string? path, string name) in new[] { (tls?.CaFile, TlsMaterial.CaFileName), (tls?.CertFile, TlsMaterial.CertFileName), (tls?.KeyFile, TlsMaterial.KeyFileName) })
        {
            if (path is not null)
            {
                files.Add((name, File.Exists(path) ? File.ReadAllBytes(path) : throw new FileNotFoundException($"The TLS file {path} does not exist.", path)));
            }
        }

        string id = ContextId(context.Name);
        string metaDirectory = Path.Combine(ConfigDirectory, "contexts", "meta", id);
        CreateDirectory(Path.Combine(ConfigDirectory, "contexts", "meta"), PublicDirectory);
        CreateDirectory(metaDirectory, PublicDirectory);
        WriteAtomically(Path.Combine(metaDirectory, "meta.json"), MetaJson(context), PublicFile);
        if (files.Count > 0)
        {
            string tlsRoot = Path.Combine(ConfigDirectory, "contexts", "tls");
            CreateDirectory(tlsRoot, PrivateDirectory);
            CreateDirectory(Path.Combine(tlsRoot, id), PrivateDirectory);
            string directory = TlsDirectory(context.Name);
            CreateDirectory(directory, PrivateDirectory);
            foreach ((string name, byte[] data) in files)
            {
                WriteAtomically(Path.Combine(directory, name), data, PrivateFile);
            }
        }
        return context;
    }

    /// <summary>Removes a stored context and its TLS files, as <c>docker context rm</c>; false when there was none.</summary>
    public bool Remove(string name)
    {
        string id = ContextId(name);
        string meta = Path.Combine(ConfigDirectory, "contexts", "meta", id);
        string tls = Path.Combine(ConfigDirectory, "contexts", "tls", id);
        bool existed = Directory.Exists(meta);
        if (existed)
        {
            Directory.Delete(meta, recursive: true);
        }
        if (Directory.Exists(tls))
        {
            Directory.Delete(tls, recursive: true);
        }
        return existed;
    }

    /// <summary>
    /// Sets <c>currentContext</c> in config.json as <c>docker context use</c> does, keeping every other key as it is;
    /// "default" (or null) removes the key, as the CLI stores no current context then.
    /// </summary>
    /// <exception cref="InvalidDataException">config.json exists but is not a JSON object.</exception>
    public void WriteCurrentContext(string? name)
    {
        string path = Path.Combine(ConfigDirectory, "config.json");
        JsonObject config;
        if (File.Exists(path))
        {
            try
            {
                config = JsonNode.Parse(File.ReadAllBytes(path)) as JsonObject
                    ?? throw new InvalidDataException($"{path} is not a JSON object.");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
            }
        }
        else
        {
            config = [];
        }
        if (string.IsNullOrEmpty(name) || name == DockerContext.DefaultName)
        {
            config.Remove("currentContext");
        }
        else
        {
            config["currentContext"] = name;
        }
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            config.WriteTo(writer);
        }
        CreateDirectory(ConfigDirectory, PrivateDirectory);
        // config.json can hold registry credentials: 0600 as the CLI writes it.
        WriteAtomically(path, buffer.ToArray(), PrivateFile);
    }

    // The CLI marshals store.Metadata with Go's encoding/json: compact, fields in declaration order, Description
    // only when set (DockerContext.MarshalJSON), SkipTLSVerify always. Non-ASCII stays raw UTF-8 as Go writes it; Go
    // would also escape < > & as \u003c…, which both read back the same.
    private static byte[] MetaJson(DockerContext context)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("Name", context.Name);
            writer.WriteStartObject("Metadata");
            if (context.Description.Length > 0)
            {
                writer.WriteString("Description", context.Description);
            }
            writer.WriteEndObject();
            writer.WriteStartObject("Endpoints");
            writer.WriteStartObject("docker");
            writer.WriteString("Host", context.Host);
            writer.WriteBoolean("SkipTLSVerify", context.SkipTlsVerify);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void CreateDirectory(string path, UnixFileMode mode)
    {
        if (Directory.Exists(path))
        {
            return;
        }
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, mode);
        }
    }

    private static void WriteAtomically(string path, byte[] data, UnixFileMode mode)
    {
        string temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = mode;
            }
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(data);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

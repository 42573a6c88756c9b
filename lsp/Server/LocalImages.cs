using System.Globalization;
using System.Text.Json;
using Containers.Engine.Api;
using Containers.Engine.Dockerfile.Editor;
using Containers.Engine.Errors;
using Containers.LanguageServer.Explorer;

namespace Containers.LanguageServer.Server;

/// <summary>
/// The local engine's images for FROM completion and hover (ARCHITECTURE.md: "with a short timeout and a cache; no
/// engine → the feature silently degrades, never errors"). Answers are cached for <see cref="s_ttl"/> (failures too,
/// so a dead socket costs one attempt per period, not one per keystroke); every call gives up after
/// <see cref="s_timeout"/>. The connection is the docker CLI's choice of endpoint (DOCKER_HOST, DOCKER_CONTEXT, config.json).
/// </summary>
public sealed class LocalImages : IDisposable
{
    private static readonly TimeSpan s_ttl = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    private readonly EngineSession _session;
    private readonly ServerLog _log;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTime At, EditorImageFacts? Facts)> _facts = new(StringComparer.Ordinal);
    private (DateTime At, IReadOnlyList<string> Tags)? _tags;

    public LocalImages(ServerLog log, Func<string, string?>? getEnvironmentVariable = null)
    {
        _log = log;
        _session = new EngineSession(getEnvironmentVariable);
    }

    /// <summary>Every <c>repository:tag</c> the engine has; empty when it cannot be reached.</summary>
    public async Task<IReadOnlyList<string>> TagsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_tags is { } cached && DateTime.UtcNow - cached.At < s_ttl)
            {
                return cached.Tags;
            }
        }

        var tags = await QueryAsync(
            async (client, ct) => (IReadOnlyList<string>)[.. (await client.Images.ListAsync(new ListImagesOptions(), ct).ConfigureAwait(false)).SelectMany(i => i.RepoTags).Distinct(StringComparer.Ordinal)],
            [],
            cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _tags = (DateTime.UtcNow, tags);
        }

        return tags;
    }

    /// <summary>Size, creation date, layer count and platform of <paramref name="reference"/>; null when the engine lacks it or cannot be reached.</summary>
    public async Task<EditorImageFacts?> FactsAsync(string reference, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_facts.TryGetValue(reference, out var cached) && DateTime.UtcNow - cached.At < s_ttl)
            {
                return cached.Facts;
            }
        }

        var facts = await QueryAsync(
            async (client, ct) => Parse(reference, await client.Images.InspectJsonAsync(reference, ct).ConfigureAwait(false)),
            null,
            cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _facts[reference] = (DateTime.UtcNow, facts);
        }

        return facts;
    }

    public void Dispose() => _session.Dispose();

    private async Task<T> QueryAsync<T>(Func<EngineClient, CancellationToken, Task<T>> query, T none, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        EngineClient? client = null;
        try
        {
            client = await _session.GetAsync(timeout.Token).ConfigureAwait(false);
            return await query(client, timeout.Token).ConfigureAwait(false);
        }
        catch (EngineNotFoundException)
        {
            return none;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            // Unreachable, timed out, misconfigured: the editor goes on without image details.
            _log.Debug($"local images unavailable: {e.GetType().Name}: {e.Message}");
            if (client is not null)
            {
                _session.Invalidate(client);
            }

            return none;
        }
    }

    // GET /images/{name}/json: Size, Created (RFC 3339), RootFS.Layers, Os/Architecture/Variant.
    private static EditorImageFacts Parse(string reference, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var size = root.TryGetProperty("Size", out var s) && s.TryGetInt64(out var bytes) ? bytes : 0;
        var created = root.TryGetProperty("Created", out var c) && DateTimeOffset.TryParse(c.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when) ? when : DateTimeOffset.MinValue;
        var layers = root.TryGetProperty("RootFS", out var rootFs) && rootFs.TryGetProperty("Layers", out var l) && l.ValueKind == JsonValueKind.Array ? l.GetArrayLength() : 0;
        var os = root.TryGetProperty("Os", out var o) ? o.GetString() : null;
        var architecture = root.TryGetProperty("Architecture", out var a) ? a.GetString() : null;
        var variant = root.TryGetProperty("Variant", out var v) ? v.GetString() : null;
        var platform = os is { Length: > 0 } && architecture is { Length: > 0 } ? $"{os}/{architecture}{(variant is { Length: > 0 } ? "/" + variant : string.Empty)}" : null;
        return new EditorImageFacts(reference, size, created, layers, platform);
    }
}

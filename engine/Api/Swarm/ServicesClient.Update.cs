using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Containers.Engine.Api.Wire;
using Containers.Engine.Errors;

namespace Containers.Engine.Api;

/// <summary>
/// Options of <see cref="ServicesClient.UpdateAsync"/> (<c>docker service update</c>/<c>scale</c>). Null leaves that part
/// of the service as it is.
/// </summary>
public sealed record UpdateServiceOptions
{
    /// <summary>The new number of tasks (<c>docker service scale</c>); replicated services only.</summary>
    public long? Replicas { get; init; }

    /// <summary>The new image (<c>--image</c>); the swarm then replaces the tasks one by one (a rolling update).</summary>
    public string? Image { get; init; }

    /// <summary>Environment variables to set (<c>--env-add</c>: a name already set gets the new value) or, with a null
    /// value, to remove (<c>--env-rm</c>). Variables not named stay.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>Service labels to set or, with a null value, to remove (<c>--label-add</c>/<c>--label-rm</c>).</summary>
    public IReadOnlyDictionary<string, string?>? Labels { get; init; }

    /// <summary>Replace the tasks even when nothing else changed (<c>--force</c>). Default false.</summary>
    public bool ForceRestart { get; init; }
}

/// <summary>What <see cref="ServicesClient.UpdateAsync"/> returns.</summary>
public sealed record UpdateServiceResult
{
    /// <summary>The service's id.</summary>
    public required string Id { get; init; }

    /// <summary>The version the update was made against (the service's version before it).</summary>
    public long PreviousVersion { get; init; }

    /// <summary>True when the first attempt met a concurrent change and the update was made again on the new version.</summary>
    public bool Retried { get; init; }

    /// <summary>The daemon's warnings.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public sealed partial class ServicesClient
{
    /// <summary>
    /// Updates a service (<c>POST /services/{id}/update?version=N</c>). The swarm requires the version the change was
    /// made against (optimistic concurrency), so this reads the service, edits the daemon's own spec (every field it
    /// holds survives, including those this library does not model) and sends it with that version. When someone else
    /// changed the service in between ("update out of sequence"), it reads and applies the change once more; a second
    /// conflict is thrown.
    /// </summary>
    /// <exception cref="ArgumentException">Bad options, or <see cref="UpdateServiceOptions.Replicas"/> on a global service.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such service.</exception>
    /// <exception cref="Errors.EngineNotSwarmManagerException">The engine is no swarm manager.</exception>
    public Task<UpdateServiceResult> UpdateAsync(string idOrName, UpdateServiceOptions options, CancellationToken cancellationToken) =>
        UpdateCoreAsync(idOrName, options, afterRead: null, cancellationToken);

    /// <summary>As above; <paramref name="afterRead"/> runs between each read and its write (attempt 0, then 1): tests change
    /// the service there to provoke the conflict the retry exists for.</summary>
    internal async Task<UpdateServiceResult> UpdateCoreAsync(string idOrName, UpdateServiceOptions options, Func<int, Task>? afterRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        string path = Paths.Service(idOrName);
        if (options.Replicas is < 0)
        {
            throw new ArgumentException("Replicas cannot be negative.", nameof(options));
        }
        if (options.Image is not null && string.IsNullOrWhiteSpace(options.Image))
        {
            throw new ArgumentException("The image is empty.", nameof(options));
        }
        if (options.Environment?.Keys.FirstOrDefault(k => string.IsNullOrEmpty(k) || k.Contains('=', StringComparison.Ordinal)) is { } badName)
        {
            throw new ArgumentException($"'{badName}' is not an environment variable name.", nameof(options));
        }
        for (int attempt = 0; ; attempt++)
        {
            JsonObject service = await ReadNodeAsync(path, cancellationToken).ConfigureAwait(false);
            string id = service["ID"]?.GetValue<string>() ?? throw new EngineApiException(200, $"The engine's answer for {path} has no ID.");
            long version = service["Version"]?["Index"]?.GetValue<long>() ?? throw new EngineApiException(200, $"The engine's answer for {path} has no version.");
            JsonObject spec = service["Spec"] as JsonObject ?? throw new EngineApiException(200, $"The engine's answer for {path} has no spec.");
            service.Remove("Spec");
            Apply(spec, options);
            if (afterRead is not null)
            {
                await afterRead(attempt).ConfigureAwait(false);
            }
            try
            {
                using var content = new StringContent(spec.ToJsonString(), Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var query = new Query().Add("version", version.ToString(CultureInfo.InvariantCulture));
                using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Post, Paths.Service(id, "update"), query, content, cancellationToken).ConfigureAwait(false);
                ServiceUpdateResponseWire answer = await JsonRequests.ReadBodyAsync(_http, response, path, EngineJsonContext.Default.ServiceUpdateResponseWire, cancellationToken).ConfigureAwait(false);
                return new UpdateServiceResult { Id = id, PreviousVersion = version, Retried = attempt > 0, Warnings = answer.Warnings ?? [] };
            }
            catch (EngineException e) when (attempt == 0 && IsOutOfSequence(e))
            {
                // Someone updated the service since we read it: read their version and apply ours on top, once.
            }
        }
    }

    // swarmkit's ErrSequenceConflict; the daemon passes its text through (with a 500 on API 1.41).
    private static bool IsOutOfSequence(EngineException e) =>
        e.Message.Contains("update out of sequence", StringComparison.OrdinalIgnoreCase);

    private async Task<JsonObject> ReadNodeAsync(string path, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Get, path, null, null, cancellationToken).ConfigureAwait(false);
        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw EngineErrorMapper.FromTransport(_http.Endpoint, e);
        }
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw new EngineApiException((int)response.StatusCode, $"The engine's answer for {path} is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new EngineApiException((int)response.StatusCode, $"The engine's answer for {path} is not JSON: {e.Message}", e);
        }
    }

    private static void Apply(JsonObject spec, UpdateServiceOptions options)
    {
        JsonObject task = Child(spec, "TaskTemplate");
        JsonObject container = Child(task, "ContainerSpec");
        if (options.Replicas is { } replicas)
        {
            JsonObject mode = Child(spec, "Mode");
            JsonObject replicated = mode["Replicated"] as JsonObject ?? mode["ReplicatedJob"] as JsonObject
                ?? throw new ArgumentException("Only replicated services can be scaled; this one runs one task per node (global).", nameof(options));
            replicated["Replicas"] = replicas;
        }
        if (options.Image is { } image)
        {
            container["Image"] = image;
        }
        if (options.Environment is { Count: > 0 } environment)
        {
            container["Env"] = Merge(container["Env"] as JsonArray, environment);
        }
        if (options.Labels is { Count: > 0 } labels)
        {
            JsonObject serviceLabels = Child(spec, "Labels");
            foreach ((string key, string? value) in labels)
            {
                if (value is null)
                {
                    serviceLabels.Remove(key);
                }
                else
                {
                    serviceLabels[key] = value;
                }
            }
        }
        if (options.ForceRestart)
        {
            task["ForceUpdate"] = (task["ForceUpdate"]?.GetValue<long>() ?? 0) + 1;
        }
    }

    // NAME=value entries: a set name replaces its entry in place (order kept, as the docker CLI does), a null value
    // removes it, new names go at the end.
    private static JsonArray Merge(JsonArray? current, IReadOnlyDictionary<string, string?> changes)
    {
        var entries = (current ?? []).Select(e => e?.GetValue<string>() ?? "").ToList();
        foreach ((string name, string? value) in changes)
        {
            int index = entries.FindIndex(e => e == name || e.StartsWith(name + "=", StringComparison.Ordinal));
            if (value is null)
            {
                entries.RemoveAll(e => e == name || e.StartsWith(name + "=", StringComparison.Ordinal));
            }
            else if (index >= 0)
            {
                entries[index] = name + "=" + value;
            }
            else
            {
                entries.Add(name + "=" + value);
            }
        }
        var array = new JsonArray();
        foreach (string entry in entries)
        {
            array.Add((JsonNode?)JsonValue.Create(entry));
        }
        return array;
    }

    private static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject child)
        {
            return child;
        }
        var created = new JsonObject();
        parent[name] = created;
        return created;
    }
}

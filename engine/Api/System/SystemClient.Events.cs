using System.Runtime.CompilerServices;
using System.Text.Json;
using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="SystemClient.ReadEventsAsync"/>.</summary>
public sealed record EngineEventsOptions
{
    /// <summary>Events at or after this time; null: what the engine still holds (its last ~256) plus new ones.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Events before this time, then the stream ends; null: keep streaming until cancelled.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>The engine's event filters: type, event, container, image, volume, network, label, …</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters { get; init; }
}

public sealed partial class SystemClient
{
    /// <summary>
    /// Reads engine events (<c>GET /events</c>), one JSON object per line, as they come. Without
    /// <see cref="EngineEventsOptions.Until"/> it streams until the token is cancelled.
    /// </summary>
    public async IAsyncEnumerable<EngineEvent> ReadEventsAsync(EngineEventsOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var filters = new Filters();
        foreach ((string name, IReadOnlyList<string> values) in options.Filters ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            filters.Add(name, values);
        }
        var query = new Query().Add("since", options.Since).Add("until", options.Until).AddFilters(filters);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Get, "events", query, null, cancellationToken).ConfigureAwait(false);
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(body);
        while (true)
        {
            string? line;
            try
            {
                line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw Errors.EngineErrorMapper.FromTransport(_http.Endpoint, e);
            }
            if (line is null)
            {
                yield break;
            }
            if (line.Length == 0)
            {
                continue;
            }
            EventWire? wire = JsonSerializer.Deserialize(line, EngineJsonContext.Default.EventWire);
            if (wire is not null)
            {
                yield return new EngineEvent
                {
                    Type = wire.Type ?? "",
                    Action = wire.Action ?? "",
                    ActorId = wire.Actor?.ID ?? "",
                    Attributes = wire.Actor?.Attributes ?? [],
                    Scope = wire.Scope ?? "",
                    Time = wire.TimeNano > 0
                        ? DateTimeOffset.UnixEpoch.AddTicks(wire.TimeNano / 100)
                        : DateTimeOffset.FromUnixTimeSeconds(wire.Time),
                };
            }
        }
    }
}

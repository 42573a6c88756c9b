using System.Runtime.CompilerServices;
using System.Text.Json;
using Containers.Engine.Api.Wire;
using Containers.Engine.Errors;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class ContainersClient
{
    /// <summary>
    /// One sample of a container's resource use (<c>GET /containers/{id}/stats?stream=0</c>), as docker stats --no-stream
    /// shows it. The daemon takes two readings about a second apart so that CPU % has something to compare with.
    /// </summary>
    /// <exception cref="EngineNotFoundException">No such container.</exception>
    public async Task<ContainerStats> GetStatsAsync(string idOrName, CancellationToken cancellationToken)
    {
        StatsWire wire = await _http.GetJsonAsync(Paths.Container(idOrName, "stats"), new Query().Add("stream", false), EngineJsonContext.Default.StatsWire, cancellationToken).ConfigureAwait(false);
        return ContainerStatsCalculator.FromWire(wire);
    }

    /// <summary>
    /// A sample about every second (<c>GET /containers/{id}/stats?stream=1</c>) until the container stops or the token is
    /// cancelled. A connection cut mid-stream is an <see cref="EngineUnreachableException"/>, never a quiet end.
    /// </summary>
    /// <exception cref="EngineNotFoundException">No such container.</exception>
    public async IAsyncEnumerable<ContainerStats> StreamStatsAsync(string idOrName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Get, Paths.Container(idOrName, "stats"), new Query().Add("stream", true), null, cancellationToken).ConfigureAwait(false);
        Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            // One JSON document per sample, each ended by a newline (Go's json.Encoder).
            using var reader = new StreamReader(body);
            while (true)
            {
                string? line;
                try
                {
                    line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
                {
                    throw EngineErrorMapper.FromTransport(_http.Endpoint, e);
                }
                if (line is null)
                {
                    yield break;
                }
                if (line.Length > 0 && JsonSerializer.Deserialize(line, EngineJsonContext.Default.StatsWire) is { } wire)
                {
                    yield return ContainerStatsCalculator.FromWire(wire);
                }
            }
        }
    }
}

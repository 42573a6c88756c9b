using Containers.Engine.Models;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Explorer;

/// <summary>
/// <c>containers/streamStats</c>: the engine's stats stream forwarded as notifications while the request is open. The
/// client closes it with $/cancelRequest (its chart panel closed), which ends the engine's stream too: nothing keeps
/// reading a container nobody looks at.
/// </summary>
public sealed partial class ContainersExplorer
{
    public Task<StreamStatsResult> StreamStatsAsync(StreamStatsParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        string container = RequireValue(parameters.Container, "container");
        return CallAsync(async engine =>
        {
            int samples = 0;
            await foreach (ContainerStats s in engine.Containers.StreamStatsAsync(container, cancellationToken).ConfigureAwait(false))
            {
                // A stopped container keeps answering with empty samples (no read time): the stream is over for the chart.
                if (s.Read == default)
                {
                    break;
                }
                samples++;
                await _notify(ContainersRequests.StatsSample, new StatsSampleParams(
                    parameters.StreamId, s.Read, s.CpuPercent, s.MemoryUsage, s.MemoryLimit, s.MemoryPercent, s.Pids, s.NetworkReceived, s.NetworkSent)).ConfigureAwait(false);
            }
            return new StreamStatsResult(samples);
        }, cancellationToken);
    }
}

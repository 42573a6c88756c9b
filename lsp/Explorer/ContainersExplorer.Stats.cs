using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Containers.Engine.Models;
using Containers.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Containers.LanguageServer.Explorer;

/// <summary>
/// <c>containers/streamStats</c>: the engine's stats stream forwarded as notifications while the request is open. The
/// client ends it with <c>containers/stopStats</c> (its chart panel closed) or $/cancelRequest, which ends the engine's
/// stream too: nothing keeps reading a container nobody looks at.
/// </summary>
public sealed partial class ContainersExplorer
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _statsStreams = new(StringComparer.Ordinal);

    public async Task<StreamStatsResult> StreamStatsAsync(StreamStatsParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        string container = RequireValue(parameters.Container, "container");
        string streamId = RequireValue(parameters.StreamId, "stream id");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!_statsStreams.TryAdd(streamId, stop))
        {
            throw InvalidParams($"a stats stream '{streamId}' is already running");
        }
        var sent = new StrongBox<int>();
        try
        {
            return await ReadStatsAsync(parameters, container, sent, stop.Token).ConfigureAwait(false);
        }
        catch (LocalRpcException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Stopped by containers/stopStats: a normal end, not an error.
            return new StreamStatsResult(sent.Value);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new StreamStatsResult(sent.Value);
        }
        finally
        {
            _statsStreams.TryRemove(streamId, out _);
        }
    }

    public async Task StopStatsAsync(StopStatsParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (_statsStreams.TryGetValue(parameters.StreamId, out CancellationTokenSource? stop))
        {
            try
            {
                await stop.CancelAsync().ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // The stream ended on its own meanwhile.
            }
        }
    }

    private Task<StreamStatsResult> ReadStatsAsync(StreamStatsParams parameters, string container, StrongBox<int> sent, CancellationToken cancellationToken) =>
        CallAsync(async engine =>
        {
            await foreach (ContainerStats s in engine.Containers.StreamStatsAsync(container, cancellationToken).ConfigureAwait(false))
            {
                // A stopped container keeps answering with empty samples (no read time): the stream is over for the chart.
                if (s.Read == default)
                {
                    break;
                }
                sent.Value++;
                await _notify(ContainersRequests.StatsSample, new StatsSampleParams(
                    parameters.StreamId, s.Read, s.CpuPercent, s.MemoryUsage, s.MemoryLimit, s.MemoryPercent, s.Pids, s.NetworkReceived, s.NetworkSent)).ConfigureAwait(false);
            }
            return new StreamStatsResult(sent.Value);
        }, cancellationToken);
}

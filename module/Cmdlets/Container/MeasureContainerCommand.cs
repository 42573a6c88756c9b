using System.Management.Automation;
using System.Threading.Channels;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Measures the resource use of containers, like docker stats.</para>
/// <para type="description">Writes one object per container with CPU %, memory use (without the file cache) and limit,
/// memory %, network and block I/O in bytes, and the number of processes, computed exactly as docker stats computes
/// them. Without names it measures every running container. By default it takes one sample each (about a second, as
/// docker stats --no-stream); -Stream keeps writing a sample per container about every second until the containers
/// stop or Ctrl+C. The table view looks like docker stats; the properties are numbers for sorting and filtering.</para>
/// </summary>
/// <example>
///   <code>Measure-Container</code>
///   <para>One sample of every running container, as a docker stats table.</para>
/// </example>
/// <example>
///   <code>Measure-Container | Sort-Object MemoryUsage -Descending | Select-Object -First 3 Name, MemoryUsage</code>
///   <para>The three containers that use the most memory.</para>
/// </example>
/// <example>
///   <code>Measure-Container web -Stream | Where-Object CpuPercent -gt 80</code>
///   <para>Follows the container web and shows only the samples above 80% CPU, until Ctrl+C.</para>
/// </example>
[Cmdlet(VerbsDiagnostic.Measure, "Container", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerStatisticsInfo))]
public sealed class MeasureContainerCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);
    private readonly List<string> _targets = [];

    /// <summary>
    /// <para type="description">Names or ids of the containers. Default: every running container.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">Containers from Get-Container.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    [ValidateNotNull]
    public ContainerInfo[] InputObject { get; set; } = [];

    /// <summary>
    /// <para type="description">Keeps writing a sample per container about every second until they stop or Ctrl+C.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Stream { get; set; }

    /// <inheritdoc />
    protected override Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        _targets.AddRange(ParameterSetName == ByObject ? InputObject.Select(c => c.Id) : Name);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override async Task EndProcessingAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        if (_targets.Count == 0)
        {
            IReadOnlyList<ContainerSummary> running = await engine.Containers.ListAsync(new ListContainersOptions(), cancellationToken);
            _targets.AddRange(running.Select(c => c.Id));
        }
        if (Stream)
        {
            await StreamAsync(engine, cancellationToken);
            return;
        }
        // One sample each, taken concurrently (each takes the daemon about a second), written in input order.
        var samples = _targets.Select(t => engine.Containers.GetStatsAsync(t, cancellationToken)).ToArray();
        for (int i = 0; i < samples.Length; i++)
        {
            try
            {
                WriteObject(new ContainerStatisticsInfo(await samples[i]));
            }
            catch (EngineException e)
            {
                WriteEngineError(e, ErrorIds.ContainerNotFound, _targets[i]);
            }
        }
    }

    private async Task StreamAsync(EngineClient engine, CancellationToken cancellationToken)
    {
        Channel<(string Target, ContainerStats? Sample, Exception? Failure)> channel = Channel.CreateUnbounded<(string, ContainerStats?, Exception?)>();
        Task[] readers = _targets.Select(target => Task.Run(async () =>
        {
            try
            {
                await foreach (ContainerStats sample in engine.Containers.StreamStatsAsync(target, cancellationToken).ConfigureAwait(false))
                {
                    channel.Writer.TryWrite((target, sample, null));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                channel.Writer.TryWrite((target, null, e));
            }
        }, CancellationToken.None)).ToArray();
        _ = Task.WhenAll(readers).ContinueWith(_ => channel.Writer.TryComplete(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        await foreach ((string target, ContainerStats? sample, Exception? failure) in channel.Reader.ReadAllAsync(cancellationToken))
        {
            if (sample is not null)
            {
                WriteObject(new ContainerStatisticsInfo(sample));
            }
            else if (failure is not null)
            {
                WriteEngineError(failure, ErrorIds.ContainerNotFound, target);
            }
        }
    }
}

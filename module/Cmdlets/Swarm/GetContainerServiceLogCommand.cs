using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the log of swarm services, like docker service logs.</para>
/// <para type="description">Writes one object per log line of every task of the service, with the task and node it came
/// from, the stream (Stdout or Stderr), the time the engine received it (with -Timestamps, as a real DateTime) and the
/// text; the object converts to its text, so Select-String works on it. Lines of different tasks arrive interleaved.
/// -Follow keeps writing new lines until Ctrl+C. An unknown service is a ServiceNotFound error (ObjectNotFound) and the
/// others are still read. The engine must be a swarm manager.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerServiceLog web -Tail 20 | Where-Object Stream -eq Stderr</code>
///   <para>Shows the errors among the last 20 lines of each task of web.</para>
/// </example>
/// <example>
///   <code>Get-ContainerServiceLog web -Timestamps | Group-Object TaskId</code>
///   <para>Groups the log of web by the task that wrote it.</para>
/// </example>
/// <example>
///   <code>Get-ContainerServiceLog api -Follow | Select-String error</code>
///   <para>Follows the log of api and shows the lines that mention error.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerServiceLog", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerServiceLogRecord))]
public sealed class GetContainerServiceLogCommand : SwarmCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">Names or ids of the services.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ServiceNameCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">Services from Get-ContainerService.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    [ValidateNotNull]
    public ContainerServiceInfo[] InputObject { get; set; } = [];

    /// <summary>
    /// <para type="description">Keeps writing new lines until Ctrl+C (docker service logs -f).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Follow { get; set; }

    /// <summary>
    /// <para type="description">Only the last N lines of each task.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? Tail { get; set; }

    /// <summary>
    /// <para type="description">Only lines logged at or after this time.</para>
    /// </summary>
    [Parameter]
    public DateTime? Since { get; set; }

    /// <summary>
    /// <para type="description">Reports when the engine received each line, in Timestamp.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Timestamps { get; set; }

    /// <summary>
    /// <para type="description">Which streams: Stdout, Stderr or both (default).</para>
    /// </summary>
    [Parameter]
    [ValidateSet("Stdout", "Stderr", IgnoreCase = true)]
    public string[]? Stream { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        var options = new ServiceLogsOptions
        {
            Follow = Follow,
            Tail = Tail,
            Since = Since is { } since ? new DateTimeOffset(since.ToUniversalTime()) : null,
            Timestamps = Timestamps,
            Stdout = Stream is null || Stream.Contains("Stdout", StringComparer.OrdinalIgnoreCase),
            Stderr = Stream is null || Stream.Contains("Stderr", StringComparer.OrdinalIgnoreCase),
        };
        foreach ((string reference, string display) in ServiceTargets(Name, InputObject, ParameterSetName == ByObject))
        {
            try
            {
                await foreach (ServiceLogLine line in engine.Services.ReadLogsAsync(reference, options, cancellationToken))
                {
                    WriteObject(new ContainerServiceLogRecord(display, line));
                }
            }
            catch (EngineException e)
            {
                // A cut connection arrives as EngineUnreachableException and terminates: no silent loss.
                WriteServiceError(e, display);
            }
        }
    }
}

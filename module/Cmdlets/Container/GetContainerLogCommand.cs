using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the log of containers, like docker logs.</para>
/// <para type="description">Writes one object per log line with the stream it came from (Stdout or Stderr), the time
/// the engine received it (with -Timestamps, as a real DateTime) and the text; the object converts to its text, so
/// Select-String works on it. -Follow keeps writing new lines until the container stops; Ctrl+C stops at once.
/// TTY containers have a single stream, reported as Stdout.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerLog web -Tail 50 | Where-Object Stream -eq Stderr</code>
///   <para>Shows the errors among the last 50 lines of the container web.</para>
/// </example>
/// <example>
///   <code>Get-ContainerLog web -Since (Get-Date).AddMinutes(-5) -Timestamps | Select-String timeout</code>
///   <para>Finds the lines of the last five minutes that mention timeout.</para>
/// </example>
/// <example>
///   <code>Get-ContainerLog job -Follow</code>
///   <para>Follows the log of the container job until it stops.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerLog", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerLogRecord))]
public sealed class GetContainerLogCommand : ContainersCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">The container's name or id.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
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
    /// <para type="description">Keeps writing new lines until the container stops (docker logs -f).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Follow { get; set; }

    /// <summary>
    /// <para type="description">Only the last N lines.</para>
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
    /// <para type="description">Only lines logged before this time.</para>
    /// </summary>
    [Parameter]
    public DateTime? Until { get; set; }

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
        var options = new ContainerLogsOptions
        {
            Follow = Follow,
            Tail = Tail,
            Since = Since is { } since ? new DateTimeOffset(since.ToUniversalTime()) : null,
            Until = Until is { } until ? new DateTimeOffset(until.ToUniversalTime()) : null,
            Timestamps = Timestamps,
            Stdout = Stream is null || Stream.Contains("Stdout", StringComparer.OrdinalIgnoreCase),
            Stderr = Stream is null || Stream.Contains("Stderr", StringComparer.OrdinalIgnoreCase),
        };
        IEnumerable<(string Reference, string Display)> targets = ParameterSetName == ByObject
            ? InputObject.Select(c => (c.Id, c.Name))
            : Name.Select(n => (n, n));
        foreach ((string reference, string display) in targets)
        {
            try
            {
                await WriteLogAsync(engine, reference, display, options, cancellationToken);
            }
            catch (EngineException e)
            {
                // A cut connection arrives as EngineUnreachableException and terminates: no silent loss.
                WriteEngineError(e, ErrorIds.ContainerNotFound, display);
            }
        }
    }

    // The pipeline thread itself reads the log, with blocking calls, and writes each line as it is decoded: no thread
    // pool, no channel, no hop between threads per read. On a million-line log those hops, and the epoll wake-ups of
    // an async socket, cost several times more CPU than decoding and writing the lines (issue #6, bench/streams). A
    // slow pipeline simply reads more slowly; Ctrl+C closes the connection, which ends a blocked read at once.
    private async Task WriteLogAsync(EngineClient engine, string reference, string display, ContainerLogsOptions options, CancellationToken cancellationToken)
    {
        using ContainerLogReader reader = await engine.Containers.OpenLogReaderAsync(reference, options, cancellationToken);
        var lines = new List<LogLine>(1024);
        while (reader.Read(lines))
        {
            foreach (LogLine line in lines)
            {
                WriteObject(new ContainerLogRecord(display, line));
            }
            lines.Clear();
        }
    }
}

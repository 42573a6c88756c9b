using System.Collections;
using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the engine's events, like docker events.</para>
/// <para type="description">Writes one object per event (a container created, started, died; an image pulled; a
/// volume mounted; …). Without -Follow it returns the events from -Since (default: what the engine still holds)
/// until now, or until -Until, and ends. With -Follow it keeps writing new events as they happen until stopped
/// (Ctrl+C). -Type and -Filter narrow them with the engine's filters.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerEvent -Since (Get-Date).AddMinutes(-10) -Type container | Where-Object Action -eq die</code>
///   <para>Lists the containers that stopped in the last ten minutes.</para>
/// </example>
/// <example>
///   <code>Get-ContainerEvent -Follow -Filter @{ event = 'start', 'die' } | ForEach-Object { "$($_.Time) $($_.Name) $($_.Action)" }</code>
///   <para>Prints a line each time a container starts or stops, until Ctrl+C.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerEvent")]
[OutputType(typeof(ContainerEventInfo))]
public sealed class GetContainerEventCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">Events at or after this time.</para>
    /// </summary>
    [Parameter]
    public DateTime? Since { get; set; }

    /// <summary>
    /// <para type="description">Events before this time (not with -Follow).</para>
    /// </summary>
    [Parameter]
    public DateTime? Until { get; set; }

    /// <summary>
    /// <para type="description">Keeps writing new events until stopped.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Follow { get; set; }

    /// <summary>
    /// <para type="description">Only events of these object types: container, image, volume, network, daemon, plugin, service, node, secret, config.</para>
    /// </summary>
    [Parameter]
    [ValidateSet("container", "image", "volume", "network", "daemon", "plugin", "service", "node", "secret", "config", IgnoreCase = true)]
    public string[]? Type { get; set; }

    /// <summary>
    /// <para type="description">The engine's event filters as a hashtable: @{ container = 'web'; event = 'start', 'die'; label = 'tier=web' }.</para>
    /// </summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (Follow && Until is not null)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException("-Until ends the events; it cannot be used with -Follow."), ErrorIds.InvalidArgument, ErrorCategory.InvalidArgument, Until));
        }
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Filter ?? new Hashtable())
        {
            filters[entry.Key.ToString() ?? ""] = LanguagePrimitives.GetEnumerable(entry.Value) is IEnumerable values && entry.Value is not string
                ? values.Cast<object?>().Select(v => v?.ToString() ?? "").ToArray()
                : [entry.Value?.ToString() ?? ""];
        }
        if (Type is { Length: > 0 })
        {
            filters["type"] = Type.Select(t => t.ToLowerInvariant()).ToArray();
        }
        var options = new EngineEventsOptions
        {
            Since = Since is { } since ? new DateTimeOffset(since.ToUniversalTime()) : null,
            // Without -Follow, "until now": the call returns what happened and ends, as Get- cmdlets do.
            Until = Follow ? null : new DateTimeOffset((Until ?? DateTime.Now).ToUniversalTime()),
            Filters = filters,
        };
        EngineClient engine = await GetEngineAsync(cancellationToken);
        string context = ContextName;
        try
        {
            await foreach (EngineEvent e in engine.System.ReadEventsAsync(options, cancellationToken))
            {
                WriteObject(new ContainerEventInfo(e, context));
            }
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.EngineError, Endpoint.Url);
        }
    }
}

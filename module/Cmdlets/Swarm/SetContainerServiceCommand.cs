using System.Collections;
using System.Globalization;
using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;

namespace Containers;

/// <summary>
/// <para type="synopsis">Changes swarm services: scale, image, environment, labels, like docker service update and scale.</para>
/// <para type="description">Changes each service named or piped in. -Replicas scales a replicated service (docker service
/// scale); -Image starts a rolling update to a new image; -Environment sets variables (a $null value removes one) and
/// keeps the others; -Label does the same for service labels; -Force replaces the tasks even when nothing changed.
/// Everything else in the service stays exactly as it was. The swarm's optimistic concurrency is honoured: the change is
/// made against the version read, and when someone else changed the service in between it is made once more on top of
/// their change. An unknown service is a ServiceNotFound error (ObjectNotFound) and the pipeline goes on. -PassThru
/// writes the updated service. The engine must be a swarm manager.</para>
/// </summary>
/// <example>
///   <code>Set-ContainerService web -Replicas 5</code>
///   <para>Scales the service web to five tasks.</para>
/// </example>
/// <example>
///   <code>Get-ContainerService -Label tier=front | Set-ContainerService -Image example/web:2.1 -PassThru</code>
///   <para>Rolls every front-tier service to a new image and shows them.</para>
/// </example>
/// <example>
///   <code>Set-ContainerService api -Environment @{ LOG_LEVEL = 'debug'; OLD_FLAG = $null } -WhatIf</code>
///   <para>Shows what would change: LOG_LEVEL set, OLD_FLAG removed.</para>
/// </example>
[Cmdlet(VerbsCommon.Set, "ContainerService", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerServiceInfo))]
public sealed class SetContainerServiceCommand : SwarmCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">Names or ids of the services to change.</para>
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
    /// <para type="description">The number of tasks (docker service scale); replicated services only.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, long.MaxValue)]
    public long? Replicas { get; set; }

    /// <summary>
    /// <para type="description">The new image; the swarm replaces the tasks one by one (a rolling update).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Image { get; set; }

    /// <summary>
    /// <para type="description">Environment variables to set, as a hashtable; a $null value removes the variable. Others stay.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Environment { get; set; }

    /// <summary>
    /// <para type="description">Service labels to set, as a hashtable; a $null value removes the label. Others stay.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Label { get; set; }

    /// <summary>
    /// <para type="description">Replaces the tasks even when nothing else changed (docker service update --force).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>
    /// <para type="description">Writes each service after the change.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var options = new UpdateServiceOptions
        {
            Replicas = Replicas,
            Image = Image,
            Environment = ToNullable(Environment),
            Labels = ToNullable(Label),
            ForceRestart = Force,
        };
        EngineClient engine = await GetEngineAsync(cancellationToken);
        foreach ((string reference, string display) in ServiceTargets(Name, InputObject, ParameterSetName == ByObject))
        {
            try
            {
                // Look first: an unknown name is reported as such before anyone is asked to confirm.
                Engine.Models.ServiceSummary service = await engine.Services.InspectAsync(reference, cancellationToken);
                if (!ShouldProcess($"service '{service.Name}' ({DisplayFormat.ShortId(service.Id)})", Describe(options)))
                {
                    continue;
                }
                UpdateServiceResult result = await engine.Services.UpdateAsync(service.Id, options, cancellationToken);
                foreach (string warning in result.Warnings)
                {
                    WriteWarning(warning);
                }
                if (PassThru)
                {
                    WriteObject(new ContainerServiceInfo(await engine.Services.InspectAsync(service.Id, cancellationToken), ContextName, Endpoint.Url));
                }
            }
            catch (Exception e) when (e is EngineException or ArgumentException)
            {
                WriteServiceError(e, display);
            }
        }
    }

    private static string Describe(UpdateServiceOptions options)
    {
        var parts = new List<string>();
        if (options.Replicas is { } replicas)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"scale to {replicas}"));
        }
        if (options.Image is { } image)
        {
            parts.Add($"update the image to {image}");
        }
        if (options.Environment is { Count: > 0 } environment)
        {
            parts.Add("set environment " + string.Join(", ", environment.Select(e => e.Value is null ? $"-{e.Key}" : e.Key)));
        }
        if (options.Labels is { Count: > 0 } labels)
        {
            parts.Add("set labels " + string.Join(", ", labels.Select(e => e.Value is null ? $"-{e.Key}" : e.Key)));
        }
        if (options.ForceRestart)
        {
            parts.Add("replace the tasks");
        }
        return parts.Count == 0 ? "Update" : "Update: " + string.Join("; ", parts);
    }

    private static Dictionary<string, string?>? ToNullable(Hashtable? table)
    {
        if (table is null)
        {
            return null;
        }
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in table)
        {
            object? value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
            result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""] = value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
        }
        return result;
    }
}

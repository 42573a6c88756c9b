using System.Collections;
using System.Globalization;
using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the services of a Docker swarm, like docker service ls.</para>
/// <para type="description">Lists the services of the swarm the engine manages, as objects with their mode, replicas
/// (running/desired, the REPLICAS column of docker service ls), image, ports and labels. -Name takes wildcards; a name
/// without wildcards that matches nothing is a ServiceNotFound error (ObjectNotFound) and the other names are still
/// listed. -Id takes full ids or unique prefixes. The engine must be a swarm manager: on any other engine the cmdlet
/// writes one SwarmNotManager error. With several -Context values it asks those engines in parallel and tags every
/// service with its Context.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerService -Context swarm-prod</code>
///   <para>Lists every service of the swarm whose manager the context swarm-prod reaches, like docker --context swarm-prod service ls.</para>
/// </example>
/// <example>
///   <code>Get-ContainerService web* | Where-Object RunningTasks -lt DesiredTasks</code>
///   <para>Shows the services named web… that run fewer tasks than they should.</para>
/// </example>
/// <example>
///   <code>Get-ContainerService -Filter @{ label = 'tier=front'; mode = 'global' } -Context swarm-prod</code>
///   <para>Passes filters to the engine as docker service ls --filter does.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerService", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerServiceInfo))]
public sealed class GetContainerServiceCommand : SwarmCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ById = nameof(ById);

    /// <summary>
    /// <para type="description">Names of the services to get. Wildcards are allowed.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ServiceNameCompleter))]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">Ids of the services to get: full ids or unique prefixes.</para>
    /// </summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>
    /// <para type="description">Keeps services with all of these labels: 'key' or 'key=value'.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Label { get; set; }

    /// <summary>
    /// <para type="description">Keeps services of this mode: Replicated or Global.</para>
    /// </summary>
    [Parameter]
    public ServiceMode? Mode { get; set; }

    /// <summary>
    /// <para type="description">Filters passed to the engine as docker service ls --filter does: a hashtable of filter name
    /// (id, label, mode, name) to a value or an array of values.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Hashtable? Filter { get; set; }

    /// <inheritdoc />
    protected override bool SupportsMultipleContexts => true;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        IReadOnlyList<ServiceSummary> services;
        try
        {
            services = await engine.Services.ListAsync(new ListServicesOptions
            {
                Labels = Label,
                Mode = Mode?.ToString().ToLowerInvariant(),
                Filters = ToFilters(Filter),
            }, cancellationToken);
        }
        catch (EngineException e)
        {
            WriteSwarmError(e, ErrorIds.ServiceNotFound, (object?)Name ?? Id);
            return;
        }
        string context = ContextName;
        string host = Endpoint.Url;
        if (ParameterSetName == ById)
        {
            foreach (string id in Id)
            {
                ServiceSummary[] matches = services.Where(s => s.Id.StartsWith(id, StringComparison.OrdinalIgnoreCase)).ToArray();
                if (matches.Length == 0)
                {
                    WriteError(EngineErrors.NotFound(ErrorIds.ServiceNotFound, $"No service with id '{id}' was found at {host}.", id));
                }
                foreach (ServiceSummary service in matches)
                {
                    WriteObject(new ContainerServiceInfo(service, context, host));
                }
            }
            return;
        }
        var patterns = new NamePatterns(Name);
        foreach (ServiceSummary service in services.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (patterns.Matches([service.Name]))
            {
                WriteObject(new ContainerServiceInfo(service, context, host));
            }
        }
        foreach (string missing in patterns.UnmatchedLiterals())
        {
            WriteError(EngineErrors.NotFound(ErrorIds.ServiceNotFound, $"No service named '{missing}' was found at {host}.", missing));
        }
    }

    private static Dictionary<string, IReadOnlyList<string>>? ToFilters(Hashtable? table)
    {
        if (table is null)
        {
            return null;
        }
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in table)
        {
            string name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
            object? value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
            filters[name] = value is IEnumerable many and not string
                ? many.Cast<object?>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToArray()
                : [Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""];
        }
        return filters;
    }
}

using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>Desired states the swarm filters tasks on.</summary>
public enum ServiceTaskDesiredState
{
    /// <summary>Tasks the swarm wants running.</summary>
    Running,

    /// <summary>Tasks the swarm has shut down or wants shut down (replaced, scaled away, failed).</summary>
    Shutdown,

    /// <summary>Tasks accepted but not yet scheduled.</summary>
    Accepted,
}

/// <summary>
/// <para type="synopsis">Gets the tasks of swarm services, like docker service ps.</para>
/// <para type="description">Lists the tasks (the replicas) of the services named or piped in, or of every service, with
/// the node each runs on, what the swarm wants (DesiredState) and what the task is (State, CurrentState as docker
/// service ps shows it), and the error of failed ones. Like docker service ps, tasks that were replaced or shut down are
/// listed too; -DesiredState Running keeps the live ones. -Node keeps the tasks of some nodes (docker node ps). An unknown
/// service is a ServiceNotFound error (ObjectNotFound) and the others are still listed. The engine must be a swarm
/// manager.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerServiceTask web -DesiredState Running</code>
///   <para>Lists the live tasks of the service web, like docker service ps web --filter desired-state=running.</para>
/// </example>
/// <example>
///   <code>Get-ContainerService | Get-ContainerServiceTask | Where-Object Error</code>
///   <para>Shows every task that failed, with its error.</para>
/// </example>
/// <example>
///   <code>Get-ContainerServiceTask -Node worker-2 -DesiredState Running -Context swarm-prod</code>
///   <para>Lists what runs on the node worker-2, like docker node ps worker-2.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerServiceTask", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerServiceTaskInfo))]
public sealed class GetContainerServiceTaskCommand : SwarmCmdlet
{
    private const string ByName = nameof(ByName);
    private const string ByObject = nameof(ByObject);

    /// <summary>
    /// <para type="description">Names or ids of the services whose tasks to list; without it, every service's.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ServiceNameCompleter))]
    public string[]? Service { get; set; }

    /// <summary>
    /// <para type="description">Services from Get-ContainerService.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    [ValidateNotNull]
    public ContainerServiceInfo[] InputObject { get; set; } = [];

    /// <summary>
    /// <para type="description">Keeps the tasks on these nodes (host names, node names or ids).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Node { get; set; }

    /// <summary>
    /// <para type="description">Keeps the tasks the swarm wants in this state: Running, Shutdown or Accepted.</para>
    /// </summary>
    [Parameter]
    public ServiceTaskDesiredState? DesiredState { get; set; }

    /// <inheritdoc />
    protected override bool SupportsMultipleContexts => true;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        bool byObject = ParameterSetName == ByObject;
        Dictionary<string, string> nodeNames;
        try
        {
            nodeNames = (await engine.Nodes.ListAsync(new ListNodesOptions(), cancellationToken)).ToDictionary(n => n.Id, n => n.Hostname, StringComparer.Ordinal);
        }
        catch (EngineException e)
        {
            WriteSwarmError(e, ErrorIds.ServiceNotFound, byObject ? InputObject.Select(s => s.Name).ToArray() : Service);
            return;
        }
        if (!byObject && Service is null)
        {
            await ListAsync(engine, null, null, nodeNames, cancellationToken);
            return;
        }
        // One service at a time, so an unknown one is reported by name and the others still listed.
        foreach ((string reference, string display) in ServiceTargets(Service ?? [], InputObject, byObject))
        {
            await ListAsync(engine, reference, display, nodeNames, cancellationToken);
        }
    }

    private async Task ListAsync(EngineClient engine, string? service, string? display, Dictionary<string, string> nodeNames, CancellationToken cancellationToken)
    {
        IReadOnlyList<ServiceTask> tasks;
        try
        {
            if (service is not null)
            {
                // The daemon's service filter matches names by prefix and ignores unknown ones; look the service up exactly.
                service = (await engine.Services.InspectAsync(service, cancellationToken)).Id;
            }
            tasks = await engine.Tasks.ListAsync(new ListTasksOptions
            {
                Services = service is null ? null : [service],
                Nodes = Node,
                DesiredState = DesiredState?.ToString().ToLowerInvariant(),
            }, cancellationToken);
        }
        catch (Exception e) when (e is EngineException or ArgumentException)
        {
            WriteServiceError(e, display ?? "");
            return;
        }
        foreach (ServiceTask task in tasks)
        {
            WriteObject(new ContainerServiceTaskInfo(task, nodeNames.GetValueOrDefault(task.NodeId, task.NodeId), ContextName, Endpoint.Url));
        }
    }
}

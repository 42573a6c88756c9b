using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the nodes of a Docker swarm, like docker node ls.</para>
/// <para type="description">Lists the nodes of the swarm the engine manages: host name, role, availability, state,
/// manager status (Leader, Reachable, Unreachable) and engine version; IsSelf marks the node of the engine asked (the *
/// of docker node ls). -Name takes wildcards and matches host names, node names and ids; a name without wildcards that
/// matches nothing is a NodeNotFound error (ObjectNotFound). The engine must be a swarm manager. With several -Context
/// values it asks those swarms in parallel and tags every node with its Context.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerNode -Context swarm-prod</code>
///   <para>Lists the nodes of the swarm the context swarm-prod manages, like docker node ls.</para>
/// </example>
/// <example>
///   <code>Get-ContainerNode -Role Manager -Context swarm-prod | Where-Object ManagerStatus -ne Leader</code>
///   <para>Lists the managers that do not lead.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerNode")]
[OutputType(typeof(ContainerNodeInfo))]
public sealed class GetContainerNodeCommand : SwarmCmdlet
{
    /// <summary>
    /// <para type="description">Host names, node names or ids of the nodes to get. Wildcards are allowed.</para>
    /// </summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Hostname")]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>
    /// <para type="description">Keeps the nodes of this role: Manager or Worker.</para>
    /// </summary>
    [Parameter]
    [ValidateSet("Manager", "Worker", IgnoreCase = true)]
    public string? Role { get; set; }

    /// <inheritdoc />
    protected override bool SupportsMultipleContexts => true;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        IReadOnlyList<SwarmNode> nodes;
        string self;
        try
        {
            Task<IReadOnlyList<SwarmNode>> listing = engine.Nodes.ListAsync(new ListNodesOptions { Role = Role?.ToLowerInvariant() }, cancellationToken);
            Task<SwarmNode> inspecting = engine.Nodes.InspectAsync(NodesClient.Self, cancellationToken);
            nodes = await listing;
            self = (await inspecting).Id;
        }
        catch (EngineException e)
        {
            WriteSwarmError(e, ErrorIds.NodeNotFound, Name);
            return;
        }
        var patterns = new NamePatterns(Name);
        foreach (SwarmNode node in nodes)
        {
            if (patterns.Matches([node.Hostname, node.Name, node.Id]))
            {
                WriteObject(new ContainerNodeInfo(node, node.Id == self, ContextName, Endpoint.Url));
            }
        }
        foreach (string missing in patterns.UnmatchedLiterals())
        {
            WriteError(EngineErrors.NotFound(ErrorIds.NodeNotFound, $"No swarm node named '{missing}' was found at {Endpoint.Url}.", missing));
        }
    }
}

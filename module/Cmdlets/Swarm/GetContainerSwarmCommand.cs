using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the swarm an engine manages, like docker swarm inspect.</para>
/// <para type="description">Returns the swarm's id, the id of the engine's own node, and when the swarm was created and
/// last changed. Join tokens are not shown (they let any host join). The engine must be a swarm manager; any other engine
/// is one SwarmNotManager error (InvalidOperation). With several -Context values it asks those engines in parallel and
/// tags each swarm with its Context.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerSwarm -Context swarm-prod</code>
///   <para>Shows the swarm the context swarm-prod manages.</para>
/// </example>
/// <example>
///   <code>Get-ContainerSwarm -Context a,b -ErrorAction SilentlyContinue | Select-Object Context, Id</code>
///   <para>Shows which of two engines manage a swarm, and which swarm.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerSwarm")]
[OutputType(typeof(ContainerSwarmInfo))]
public sealed class GetContainerSwarmCommand : SwarmCmdlet
{
    /// <inheritdoc />
    protected override bool SupportsMultipleContexts => true;

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        try
        {
            WriteObject(await ReadSwarmAsync(engine, ContextName, Endpoint.Url, cancellationToken));
        }
        catch (EngineException e)
        {
            WriteSwarmError(e, ErrorIds.SwarmNotManager, Endpoint.Url);
        }
    }

    /// <summary>The swarm and this engine's node in it, read in parallel.</summary>
    internal static async Task<ContainerSwarmInfo> ReadSwarmAsync(EngineClient engine, string context, string dockerHost, CancellationToken cancellationToken)
    {
        Task<Engine.Models.SwarmSummary> swarm = engine.Swarm.InspectAsync(cancellationToken);
        Task<Engine.Models.SwarmNode> self = engine.Nodes.InspectAsync(NodesClient.Self, cancellationToken);
        return new ContainerSwarmInfo(await swarm, (await self).Id, context, dockerHost);
    }
}

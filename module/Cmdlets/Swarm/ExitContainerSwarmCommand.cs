using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Makes an engine leave its swarm, like docker swarm leave.</para>
/// <para type="description">The engine stops the swarm's tasks it runs and leaves the swarm. Leaving as a manager can
/// cost the swarm its quorum, and the last manager leaving destroys the swarm with all its services; the engine refuses
/// that unless -Force is given, which is then an EngineError naming -Force. Always asks first (high impact) unless
/// -Confirm:$false; -WhatIf changes nothing. An engine in no swarm is a SwarmNotJoined error (InvalidOperation).</para>
/// </summary>
/// <example>
///   <code>Exit-ContainerSwarm -Context worker-3</code>
///   <para>Makes the worker node behind the context worker-3 leave its swarm, after confirmation.</para>
/// </example>
/// <example>
///   <code>Exit-ContainerSwarm -Force -Confirm:$false -Context lab</code>
///   <para>Dismantles the single-node swarm of the context lab, services and all, without asking.</para>
/// </example>
[Cmdlet(VerbsCommon.Exit, "ContainerSwarm", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class ExitContainerSwarmCommand : SwarmCmdlet
{
    /// <summary>
    /// <para type="description">Leaves even when the engine is a manager, at the risk of the swarm's quorum; the last
    /// manager leaving destroys the swarm.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (!ShouldProcess($"engine at {Endpoint.Url} (context '{ContextName}')", Force ? "Leave its swarm, even as a manager" : "Leave its swarm"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        try
        {
            await engine.Swarm.LeaveAsync(new LeaveSwarmOptions { Force = Force }, cancellationToken);
        }
        catch (EngineNotSwarmManagerException e)
        {
            WriteError(new ErrorRecord(e, ErrorIds.SwarmNotJoined, ErrorCategory.InvalidOperation, Endpoint.Url)
            {
                ErrorDetails = new ErrorDetails($"The engine at {Endpoint.Url} is not part of a swarm, so there is nothing to leave."),
            });
        }
        catch (EngineApiException e) when (!Force && e.StatusCode == 503)
        {
            // A manager refusing to leave: the daemon's words name the CLI's --force; ours is -Force.
            WriteError(new ErrorRecord(e, ErrorIds.EngineError, ErrorCategory.InvalidOperation, Endpoint.Url)
            {
                ErrorDetails = new ErrorDetails(e.Message) { RecommendedAction = "Give -Force to leave as a manager; the last manager leaving destroys the swarm." },
            });
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.SwarmNotJoined, Endpoint.Url);
        }
    }
}

using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Makes an engine the first manager of a new swarm, like docker swarm init.</para>
/// <para type="description">Turns the engine into a single-node swarm, ready for New-ContainerService, and returns the
/// new swarm. This changes how the engine runs for everyone who uses it (it opens the swarm's ports and creates the
/// ingress network), so it asks first under -Confirm and does nothing under -WhatIf. An engine that is already in a
/// swarm is a SwarmAlreadyJoined error (ResourceExists). On a host with several addresses give -AdvertiseAddress, the
/// address other nodes will reach this one at; the engine refuses to guess.</para>
/// </summary>
/// <example>
///   <code>Initialize-ContainerSwarm -AdvertiseAddress 10.0.0.5 -Context lab</code>
///   <para>Makes the engine of the context lab a swarm manager that other nodes reach at 10.0.0.5.</para>
/// </example>
/// <example>
///   <code>Initialize-ContainerSwarm -AdvertiseAddress 127.0.0.1 -WhatIf</code>
///   <para>Says what would change without changing it.</para>
/// </example>
[Cmdlet(VerbsData.Initialize, "ContainerSwarm", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ContainerSwarmInfo))]
public sealed class InitializeContainerSwarmCommand : SwarmCmdlet
{
    /// <summary>
    /// <para type="description">The address other nodes reach this one at: an IP address or a network interface name,
    /// optionally with a port (like docker swarm init --advertise-addr).</para>
    /// </summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? AdvertiseAddress { get; set; }

    /// <summary>
    /// <para type="description">Where the manager listens for other nodes, address:port; the default is 0.0.0.0:2377.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ListenAddress { get; set; }

    /// <summary>
    /// <para type="description">The UDP port of the swarm's data path (VXLAN); the default is 4789.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1024, 49151)]
    public uint? DataPathPort { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        if (!ShouldProcess($"engine at {Endpoint.Url} (context '{ContextName}')", "Make it the first manager of a new swarm"))
        {
            return;
        }
        EngineClient engine = await GetEngineAsync(cancellationToken);
        try
        {
            await engine.Swarm.InitAsync(new InitSwarmOptions { AdvertiseAddress = AdvertiseAddress, ListenAddress = ListenAddress, DataPathPort = DataPathPort }, cancellationToken);
            WriteObject(await GetContainerSwarmCommand.ReadSwarmAsync(engine, ContextName, Endpoint.Url, cancellationToken));
        }
        catch (EngineApiException e) when (e.StatusCode == 503 && e.Message.Contains("already part of a swarm", StringComparison.OrdinalIgnoreCase))
        {
            WriteError(new ErrorRecord(e, ErrorIds.SwarmAlreadyJoined, ErrorCategory.ResourceExists, Endpoint.Url)
            {
                ErrorDetails = new ErrorDetails($"The engine at {Endpoint.Url} is already part of a swarm. {e.Message}")
                {
                    RecommendedAction = "Get-ContainerSwarm shows that swarm; Exit-ContainerSwarm leaves it first.",
                },
            });
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.SwarmNotManager, Endpoint.Url);
        }
    }
}

using System.Management.Automation;
using Containers.Engine.Api;

namespace Containers;

/// <summary>
/// <para type="synopsis">Detaches containers from a network, like docker network disconnect.</para>
/// <para type="description">Detaches each container from the network. Containers come by name or id, or from the pipeline.
/// A container that does not exist is a ContainerNotFound error and the others are still detached.</para>
/// </summary>
/// <example>
///   <code>Disconnect-ContainerNetwork -Network backend -Container web</code>
///   <para>Detaches web from backend.</para>
/// </example>
/// <example>
///   <code>(Get-ContainerNetwork backend).ContainerNames | Disconnect-ContainerNetwork -Network backend</code>
///   <para>Empties the network so that it can be removed.</para>
/// </example>
[Cmdlet(VerbsCommunications.Disconnect, "ContainerNetwork", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class DisconnectContainerNetworkCommand : NetworkMembershipCmdlet
{
    /// <summary>Asks "Disconnect container 'c' from network 'n'" under -WhatIf/-Confirm.</summary>
    public DisconnectContainerNetworkCommand()
        : base("Disconnect", "from")
    {
    }

    /// <summary>
    /// <para type="description">Detaches even when the engine cannot clean up the endpoint normally (docker network disconnect -f).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override Task ChangeAsync(EngineClient engine, string container, CancellationToken cancellationToken) =>
        engine.Networks.DisconnectAsync(Network, new DisconnectNetworkOptions { Container = container, Force = Force }, cancellationToken);
}

using System.Management.Automation;
using Containers.Engine.Api;

namespace Containers;

/// <summary>
/// <para type="synopsis">Attaches containers to a network, like docker network connect.</para>
/// <para type="description">Attaches each container to the network, optionally with DNS aliases and a static address.
/// Containers come by name or id, or from the pipeline (Get-Container). A container that does not exist is a
/// ContainerNotFound error and the others are still attached.</para>
/// </summary>
/// <example>
///   <code>Connect-ContainerNetwork -Network backend -Container web -Alias api</code>
///   <para>Attaches web to backend, where other containers can also reach it as 'api'.</para>
/// </example>
/// <example>
///   <code>Connect-ContainerNetwork backend db -IPAddress 172.28.0.10</code>
///   <para>Attaches db with a fixed address (the network needs a subnet set at creation).</para>
/// </example>
/// <example>
///   <code>Get-Container -Label app=shop | Connect-ContainerNetwork -Network monitoring</code>
///   <para>Attaches every shop container to the monitoring network.</para>
/// </example>
[Cmdlet(VerbsCommunications.Connect, "ContainerNetwork", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class ConnectContainerNetworkCommand : NetworkMembershipCmdlet
{
    /// <summary>Asks "Connect container 'c' to network 'n'" under -WhatIf/-Confirm.</summary>
    public ConnectContainerNetworkCommand()
        : base("Connect", "to")
    {
    }

    /// <summary>
    /// <para type="description">Extra DNS names under which other containers on the network reach this one.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Alias { get; set; }

    /// <summary>
    /// <para type="description">A static IPv4 address on the network. The network needs a subnet set at creation.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? IPAddress { get; set; }

    /// <summary>
    /// <para type="description">A static IPv6 address on the network.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? IPv6Address { get; set; }

    /// <inheritdoc />
    protected override Task ChangeAsync(EngineClient engine, string container, CancellationToken cancellationToken) =>
        engine.Networks.ConnectAsync(Network, new ConnectNetworkOptions { Container = container, Aliases = Alias, IPv4Address = IPAddress, IPv6Address = IPv6Address }, cancellationToken);
}

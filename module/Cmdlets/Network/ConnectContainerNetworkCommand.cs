using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Infrastructure;

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
public sealed class ConnectContainerNetworkCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">The network: name, id or unique id prefix.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("NetworkName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.NetworkNameCompleter))]
    public string Network { get; set; } = "";

    /// <summary>
    /// <para type="description">The containers to attach: names, ids or unique id prefixes. Binds ContainerId (and Id) from piped containers.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ContainerId", "ContainerName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string[] Container { get; set; } = [];

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
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        foreach (string container in Container)
        {
            if (!ShouldProcess($"container '{container}' to network '{Network}'", "Connect"))
            {
                continue;
            }
            try
            {
                await engine.Networks.ConnectAsync(Network, new ConnectNetworkOptions { Container = container, Aliases = Alias, IPv4Address = IPAddress, IPv6Address = IPv6Address }, cancellationToken);
            }
            catch (Exception e) when (e is EngineException or ArgumentException)
            {
                if (NetworkErrors.ToRecord(e, Network, container) is { } record)
                {
                    WriteError(record);
                }
                else
                {
                    WriteEngineError(e, ErrorIds.NetworkConnectFailed, container);
                }
            }
        }
    }
}

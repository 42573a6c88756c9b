using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Infrastructure;

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
public sealed class DisconnectContainerNetworkCommand : ContainersCmdlet
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
    /// <para type="description">The containers to detach: names, ids or unique id prefixes. Binds ContainerId from piped containers.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ContainerId", "ContainerName")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string[] Container { get; set; } = [];

    /// <summary>
    /// <para type="description">Detaches even when the engine cannot clean up the endpoint normally (docker network disconnect -f).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        foreach (string container in Container)
        {
            if (!ShouldProcess($"container '{container}' from network '{Network}'", "Disconnect"))
            {
                continue;
            }
            try
            {
                await engine.Networks.DisconnectAsync(Network, new DisconnectNetworkOptions { Container = container, Force = Force }, cancellationToken);
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

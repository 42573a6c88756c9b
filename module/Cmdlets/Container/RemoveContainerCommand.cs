using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes containers, like docker rm.</para>
/// <para type="description">Removes each container. A running container is refused (ResourceExists) unless -Force kills it
/// first. -Volumes also removes the container's anonymous volumes. Asks for confirmation (ConfirmImpact High) unless
/// -Confirm:$false; honours -WhatIf. Names are taken literally (no wildcards: this verb destroys). Many containers from
/// the pipeline are removed concurrently (-ThrottleLimit).</para>
/// </summary>
/// <example>
///   <code>Get-Container -Status exited | Remove-Container -Confirm:$false</code>
///   <para>Removes every stopped container without asking.</para>
/// </example>
/// <example>
///   <code>Remove-Container web -Force -Volumes -WhatIf</code>
///   <para>Shows what removing the running container web and its anonymous volumes would do, without doing it.</para>
/// </example>
[Cmdlet(VerbsCommon.Remove, "Container", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByName)]
[OutputType(typeof(void))]
public sealed class RemoveContainerCommand : ContainerTargetCmdlet
{
    /// <summary>
    /// <para type="description">Kills a running container before removing it (docker rm -f).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>
    /// <para type="description">Also removes the anonymous volumes of the container (docker rm -v). Named volumes are kept.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Volumes { get; set; }

    /// <inheritdoc />
    protected override string Action => "Remove";

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        await engine.Containers.RemoveAsync(target.Reference, new RemoveContainerOptions { Force = Force, RemoveVolumes = Volumes }, cancellationToken).ConfigureAwait(false);
        return null;
    }
}

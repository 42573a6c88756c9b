using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Pauses containers, like docker pause.</para>
/// <para type="description">Freezes every process of each container (cgroup freezer) until Resume-Container.</para>
/// </summary>
/// <example>
///   <code>Suspend-Container batch-*; Resume-Container batch-*</code>
///   <para>Pauses and then resumes every container whose name starts with batch-.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Suspend, "Container", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerInfo))]
public sealed class SuspendContainerCommand : ContainerTargetCmdlet
{
    /// <summary>
    /// <para type="description">Writes each paused container to the pipeline.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override string Action => "Pause";

    /// <inheritdoc />
    protected override bool SupportsWildcards => true;

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        await engine.Containers.PauseAsync(target.Reference, cancellationToken).ConfigureAwait(false);
        return PassThru ? await ListOneAsync(engine, target.Reference, cancellationToken).ConfigureAwait(false) : null;
    }
}

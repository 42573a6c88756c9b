using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Resumes paused containers, like docker unpause.</para>
/// <para type="description">Thaws every process of each paused container.</para>
/// </summary>
/// <example>
///   <code>Suspend-Container batch-*; Resume-Container batch-*</code>
///   <para>Pauses and then resumes every container whose name starts with batch-.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Resume, "Container", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerInfo))]
public sealed class ResumeContainerCommand : ContainerTargetCmdlet
{
    /// <summary>
    /// <para type="description">Writes each resumed container to the pipeline.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override string Action => "Resume";

    /// <inheritdoc />
    protected override bool SupportsWildcards => true;

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        await engine.Containers.UnpauseAsync(target.Reference, cancellationToken).ConfigureAwait(false);
        return PassThru ? await ListOneAsync(engine, target.Reference, cancellationToken).ConfigureAwait(false) : null;
    }
}

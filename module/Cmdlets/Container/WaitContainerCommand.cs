using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Waits for containers to stop and returns their exit codes, like docker wait.</para>
/// <para type="description">Blocks until each container is not running and writes one object per container with its
/// exit code. A container that already stopped returns at once. Ctrl+C stops waiting.</para>
/// </summary>
/// <example>
///   <code>(Wait-Container job).ExitCode</code>
///   <para>Waits for the container job to finish and gets its exit code.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Wait, "Container", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerExitInfo))]
public sealed class WaitContainerCommand : ContainerTargetCmdlet
{
    /// <summary>
    /// <para type="description">What to wait for: NotRunning (default), NextExit, or Removed.</para>
    /// </summary>
    [Parameter]
    public WaitCondition Condition { get; set; } = WaitCondition.NotRunning;

    /// <inheritdoc />
    protected override string? Action => null;

    /// <inheritdoc />
    protected override bool SupportsWildcards => true;

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        ContainerExit exit = await engine.Containers.WaitAsync(target.Reference, Condition, cancellationToken).ConfigureAwait(false);
        return new ContainerExitInfo(target.Name ?? target.Reference, target.Id, exit.ExitCode, exit.Error);
    }
}

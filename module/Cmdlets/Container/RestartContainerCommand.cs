using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Restarts containers, like docker restart.</para>
/// <para type="description">Stops (waiting -Timeout seconds before killing) and starts each container.</para>
/// </summary>
/// <example>
///   <code>Restart-Container web -Timeout 2</code>
///   <para>Restarts the container named web, killing it if it has not stopped after 2 seconds.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Restart, "Container", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerInfo))]
public sealed class RestartContainerCommand : ContainerTargetCmdlet
{
    /// <summary>
    /// <para type="description">Seconds to wait for the container to stop before killing it. Default: its own stop timeout.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? Timeout { get; set; }

    /// <summary>
    /// <para type="description">Writes each restarted container to the pipeline.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override string Action => "Restart";

    /// <inheritdoc />
    protected override bool SupportsWildcards => true;

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        await engine.Containers.RestartAsync(target.Reference, new StopContainerOptions { TimeoutSeconds = Timeout }, cancellationToken).ConfigureAwait(false);
        return PassThru ? await ListOneAsync(engine, target.Reference, cancellationToken).ConfigureAwait(false) : null;
    }
}

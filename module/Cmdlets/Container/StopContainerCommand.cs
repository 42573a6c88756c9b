using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Stops running containers, like docker stop (or docker kill with -Force).</para>
/// <para type="description">Sends the stop signal, waits -Timeout seconds, then kills. -Force kills at once (SIGKILL,
/// or -Signal). Stopping a stopped container is not an error. Many containers from the pipeline stop concurrently
/// (-ThrottleLimit); output keeps the input order.</para>
/// </summary>
/// <example>
///   <code>Get-Container -Label app=web | Stop-Container -Timeout 5</code>
///   <para>Stops the web containers, killing any that are still up after 5 seconds.</para>
/// </example>
/// <example>
///   <code>Stop-Container worker -Force -Signal SIGINT</code>
///   <para>Sends SIGINT to the container without waiting.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Stop, "Container", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerInfo))]
public sealed class StopContainerCommand : ContainerTargetCmdlet
{
    /// <summary>
    /// <para type="description">Seconds to wait for the container to stop before killing it. Default: the container's own stop timeout (10 s).</para>
    /// </summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? Timeout { get; set; }

    /// <summary>
    /// <para type="description">Kills the container at once instead of stopping it gracefully (docker kill).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>
    /// <para type="description">The signal to send (SIGTERM, SIGINT, 9, …). With -Force it is sent by kill; otherwise it replaces the stop signal.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Signal { get; set; }

    /// <summary>
    /// <para type="description">Writes each stopped container to the pipeline.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override string Action => Force ? "Kill" : "Stop";

    /// <inheritdoc />
    protected override bool SupportsWildcards => true;

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        if (Force)
        {
            await engine.Containers.KillAsync(target.Reference, Signal, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await engine.Containers.StopAsync(target.Reference, new StopContainerOptions { TimeoutSeconds = Timeout, Signal = Signal }, cancellationToken).ConfigureAwait(false);
        }
        return PassThru ? await ListOneAsync(engine, target.Reference, cancellationToken).ConfigureAwait(false) : null;
    }
}

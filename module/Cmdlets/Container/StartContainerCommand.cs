using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Starts containers, like docker start.</para>
/// <para type="description">Starts one or more stopped or created containers. Starting a running container is not an error.
/// Names may contain wildcards. With -PassThru the started containers are written to the pipeline.</para>
/// </summary>
/// <example>
///   <code>Get-Container -Status exited -Label app=web | Start-Container -PassThru</code>
///   <para>Starts the stopped web containers and shows them.</para>
/// </example>
[Cmdlet(VerbsLifecycle.Start, "Container", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerInfo))]
public sealed class StartContainerCommand : ContainerTargetCmdlet
{
    /// <summary>
    /// <para type="description">Writes each started container to the pipeline.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override string Action => "Start";

    /// <inheritdoc />
    protected override bool SupportsWildcards => true;

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        await engine.Containers.StartAsync(target.Reference, cancellationToken).ConfigureAwait(false);
        return PassThru ? await ListOneAsync(engine, target.Reference, cancellationToken).ConfigureAwait(false) : null;
    }
}

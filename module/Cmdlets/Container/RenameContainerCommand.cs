using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Renames a container, like docker rename.</para>
/// <para type="description">Gives the container a new name. A name already taken is a ResourceExists error.</para>
/// </summary>
/// <example>
///   <code>Rename-Container web -NewName web-old -PassThru</code>
///   <para>Renames web to web-old and shows it.</para>
/// </example>
[Cmdlet(VerbsCommon.Rename, "Container", SupportsShouldProcess = true, DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerInfo))]
public sealed class RenameContainerCommand : ContainerTargetCmdlet
{
    /// <summary>
    /// <para type="description">The new name.</para>
    /// </summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidatePattern("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$")]
    public string NewName { get; set; } = "";

    /// <summary>
    /// <para type="description">Writes the renamed container to the pipeline.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override string Action => $"Rename to '{NewName}'";

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        await engine.Containers.RenameAsync(target.Reference, NewName, cancellationToken).ConfigureAwait(false);
        return PassThru ? await ListOneAsync(engine, target.Id ?? NewName, cancellationToken).ConfigureAwait(false) : null;
    }
}

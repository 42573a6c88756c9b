using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the processes running in containers, like docker top.</para>
/// <para type="description">Writes one object per process with its PID, parent PID, user and command, plus every
/// ps column by name in Columns. -PsArgument passes other ps options (the engine runs ps on its host).</para>
/// </summary>
/// <example>
///   <code>Get-Container | Get-ContainerProcess | Sort-Object Container, Pid</code>
///   <para>Lists the processes of every running container.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerProcess", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerProcessInfo))]
public sealed class GetContainerProcessCommand : ContainerTargetCmdlet
{
    /// <summary>
    /// <para type="description">ps options, as docker top takes them (default -ef).</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? PsArgument { get; set; }

    /// <inheritdoc />
    protected override string? Action => null;

    /// <inheritdoc />
    protected override bool SupportsWildcards => true;

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        ContainerProcessList list = await engine.Containers.TopAsync(target.Reference, PsArgument, cancellationToken).ConfigureAwait(false);
        string container = target.Name ?? target.Reference;
        return list.Processes.Select(row => new ContainerProcessInfo(container, list.Titles, row)).ToArray();
    }
}

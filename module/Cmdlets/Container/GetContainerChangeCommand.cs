using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Gets the files changed in containers' file systems, like docker diff.</para>
/// <para type="description">Writes one object per added, modified or deleted path since the container was created.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerChange web | Where-Object Kind -eq Added</code>
///   <para>Shows the files the container web created.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerChange", DefaultParameterSetName = ByName)]
[OutputType(typeof(ContainerChangeInfo))]
public sealed class GetContainerChangeCommand : ContainerTargetCmdlet
{
    /// <inheritdoc />
    protected override string? Action => null;

    /// <inheritdoc />
    protected override bool SupportsWildcards => true;

    /// <inheritdoc />
    protected override async Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken)
    {
        var changes = await engine.Containers.ChangesAsync(target.Reference, cancellationToken).ConfigureAwait(false);
        string container = target.Name ?? target.Reference;
        return changes.Select(c => new ContainerChangeInfo(container, c.Kind, c.Path)).ToArray();
    }
}

using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes every stopped container, like docker container prune.</para>
/// <para type="description">Removes all containers that are not running (created, exited, dead), optionally only
/// those with given labels or older than a given age. Each container is confirmed and removed on its own
/// (ConfirmImpact High), so what -Confirm approves or -WhatIf lists is exactly what goes, never a container that
/// stopped in between. Writes a summary with the removed ids and the bytes reclaimed (the containers' writable layers).</para>
/// </summary>
/// <example>
///   <code>Clear-Container -WhatIf</code>
///   <para>Shows which stopped containers would be removed.</para>
/// </example>
/// <example>
///   <code>Clear-Container -Label ci=true -OlderThan (New-TimeSpan -Hours 24) -Confirm:$false</code>
///   <para>Removes the stopped CI containers older than a day.</para>
/// </example>
[Cmdlet(VerbsCommon.Clear, "Container", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(PruneResult))]
public sealed class ClearContainerCommand : ContainersCmdlet
{
    private static readonly string[] s_stoppedStates = ["created", "exited", "dead"];

    /// <summary>
    /// <para type="description">Only containers with all of these labels: 'key' or 'key=value'.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Label { get; set; }

    /// <summary>
    /// <para type="description">Only containers created longer ago than this.</para>
    /// </summary>
    [Parameter]
    public TimeSpan? OlderThan { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        IReadOnlyList<ContainerSummary> candidates;
        try
        {
            candidates = await engine.Containers.ListAsync(new ListContainersOptions { Statuses = s_stoppedStates, Labels = Label, Size = true }, cancellationToken);
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.ContainerNotFound, null);
            return;
        }
        DateTimeOffset? cutoff = OlderThan is { } age ? DateTimeOffset.UtcNow - age : null;
        var deleted = new List<string>();
        long reclaimed = 0;
        foreach (ContainerSummary container in candidates.Where(c => cutoff is null || c.Created < cutoff))
        {
            if (!ShouldProcess(new ContainerTarget(container.Id, container.Names.FirstOrDefault(), container.Id).Describe(), "Remove"))
            {
                continue;
            }
            try
            {
                await engine.Containers.RemoveAsync(container.Id, new RemoveContainerOptions(), cancellationToken);
                deleted.Add(container.Id);
                reclaimed += container.SizeRw ?? 0;
            }
            catch (EngineConflictException e)
            {
                WriteWarning($"Kept container '{container.Names.FirstOrDefault()}': it started again. {e.Message}");
            }
            catch (EngineNotFoundException)
            {
                // Removed by someone else meanwhile: what the user wanted.
            }
            catch (EngineException e)
            {
                WriteEngineError(e, ErrorIds.ContainerNotFound, container.Names.FirstOrDefault() ?? container.Id);
            }
        }
        if (!IsWhatIf)
        {
            WriteObject(new PruneResult { Deleted = deleted, SpaceReclaimed = reclaimed });
        }
    }
}

using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes every stopped container, like docker container prune.</para>
/// <para type="description">Removes all containers that are not running (created, exited, dead), optionally only
/// those with given labels or older than a given age. Asks for confirmation (ConfirmImpact High); under -WhatIf it
/// lists each container it would remove and removes nothing. Writes a summary with the reclaimed bytes.</para>
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
        try
        {
            // List first, so -WhatIf and -Confirm can name each container the prune would remove.
            IReadOnlyList<ContainerSummary> candidates = await engine.Containers.ListAsync(new ListContainersOptions { Statuses = s_stoppedStates, Labels = Label }, cancellationToken);
            DateTimeOffset? cutoff = OlderThan is { } age ? DateTimeOffset.UtcNow - age : null;
            var doomed = candidates.Where(c => cutoff is null || c.Created < cutoff).ToList();
            if (doomed.Count == 0)
            {
                WriteVerbose("No stopped container to remove.");
                return;
            }
            if (IsWhatIf)
            {
                foreach (ContainerSummary c in doomed)
                {
                    ShouldProcess(new ContainerTarget(c.Id, c.Names.FirstOrDefault(), c.Id).Describe(), "Remove");
                }
                return;
            }
            string names = string.Join(", ", doomed.Take(10).Select(c => c.Names.FirstOrDefault() ?? DisplayFormat.ShortId(c.Id)));
            if (!ShouldProcess($"{doomed.Count} stopped container(s): {names}{(doomed.Count > 10 ? ", …" : "")}", "Remove"))
            {
                return;
            }
            PruneResult result = await engine.Containers.PruneAsync(new PruneContainersOptions { Labels = Label, OlderThan = OlderThan }, cancellationToken);
            WriteObject(result);
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.ContainerNotFound, null);
        }
    }
}

using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes unused networks, like docker network prune.</para>
/// <para type="description">Removes every network no container is attached to (never the predefined bridge, host and none).
/// -Label narrows it down. Each network is confirmed and removed on its own (ConfirmImpact High), so exactly the networks
/// listed under -WhatIf or confirmed under -Confirm are removed. Writes a summary of what was removed.</para>
/// </summary>
/// <example>
///   <code>Clear-ContainerNetwork -WhatIf</code>
///   <para>Shows which networks would be removed.</para>
/// </example>
/// <example>
///   <code>Clear-ContainerNetwork -Label env=test -Confirm:$false</code>
///   <para>Removes the unused test networks without asking.</para>
/// </example>
[Cmdlet(VerbsCommon.Clear, "ContainerNetwork", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(PruneResult))]
public sealed class ClearContainerNetworkCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">Only networks with all of these labels: 'key' or 'key=value'.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Label { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        IReadOnlyList<NetworkDetails> candidates;
        try
        {
            candidates = await FindUnusedAsync(engine, Label, cancellationToken);
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.NetworkNotFound, null);
            return;
        }
        if (candidates.Count == 0)
        {
            WriteVerbose("No unused network to remove.");
        }
        var deleted = new List<string>();
        foreach (NetworkDetails network in candidates)
        {
            if (ShouldProcess(NetworkLookup.Describe(network), "Remove")
                && await TryRemoveAsync(engine, network, WriteWarning, e => WriteEngineError(e, ErrorIds.NetworkNotFound, network.Name), cancellationToken))
            {
                deleted.Add(network.Name);
            }
        }
        if (!IsWhatIf)
        {
            WriteObject(new PruneResult { Deleted = deleted });
        }
    }

    /// <summary>Networks no container uses, as the engine's dangling filter reports them (predefined ones excluded).</summary>
    internal static async Task<IReadOnlyList<NetworkDetails>> FindUnusedAsync(EngineClient engine, string[]? labels, CancellationToken cancellationToken)
    {
        IReadOnlyList<NetworkDetails> dangling = await engine.Networks.ListAsync(new ListNetworksOptions { Dangling = true, Labels = labels }, cancellationToken);
        return dangling.Where(n => !n.IsPredefined).ToArray();
    }

    /// <summary>Removes one network; one that gained a container meanwhile is kept with a warning.</summary>
    internal static async Task<bool> TryRemoveAsync(EngineClient engine, NetworkDetails network, Action<string> warn, Action<Exception> fail, CancellationToken cancellationToken)
    {
        try
        {
            await engine.Networks.RemoveAsync(network.Id, cancellationToken);
            return true;
        }
        catch (EngineNotFoundException)
        {
            warn($"Network '{network.Name}' was already gone.");
        }
        catch (Exception e) when (e is EngineConflictException or EngineAuthException)
        {
            warn($"Kept network '{network.Name}': a container attached to it meanwhile. {e.Message}");
        }
        catch (EngineException e)
        {
            fail(e);
        }
        return false;
    }
}

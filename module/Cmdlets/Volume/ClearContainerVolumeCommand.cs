using System.Management.Automation;
using System.Text.RegularExpressions;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes unused volumes and their data, like docker volume prune.</para>
/// <para type="description">Removes the volumes no container uses (running or stopped). By default only anonymous
/// volumes (the ones with generated 64-hex-digit names, as docker volume prune does since Docker 23); -All adds unused
/// named volumes. -Label narrows it down. Each volume is confirmed and removed on its own (ConfirmImpact High), so
/// exactly the volumes listed under -WhatIf or confirmed under -Confirm are removed, never one created meanwhile.
/// Writes a summary with the bytes reclaimed (the sizes the engine's disk-usage report gave the removed volumes).</para>
/// </summary>
/// <example>
///   <code>Clear-ContainerVolume -WhatIf</code>
///   <para>Shows which anonymous unused volumes would be removed.</para>
/// </example>
/// <example>
///   <code>Clear-ContainerVolume -All -Label env=test -Confirm:$false</code>
///   <para>Removes every unused volume labelled env=test, named or not, without asking.</para>
/// </example>
[Cmdlet(VerbsCommon.Clear, "ContainerVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(PruneResult))]
public sealed partial class ClearContainerVolumeCommand : ContainersCmdlet
{
    /// <summary>
    /// <para type="description">Also removes unused named volumes. Without it only anonymous volumes go.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>
    /// <para type="description">Only volumes with all of these labels: 'key' or 'key=value'.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Label { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        List<VolumeSummary> candidates;
        IReadOnlyDictionary<string, long> sizes;
        try
        {
            candidates = await FindUnusedAsync(engine, All, Label, cancellationToken);
            sizes = candidates.Count == 0 ? new Dictionary<string, long>() : await VolumeSizesAsync(engine, cancellationToken);
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.VolumeNotFound, null);
            return;
        }
        if (candidates.Count == 0)
        {
            WriteVerbose("No unused volume to remove.");
        }
        var deleted = new List<string>();
        long reclaimed = 0;
        foreach (VolumeSummary volume in candidates)
        {
            if (!ShouldProcess($"volume '{volume.Name}'", "Remove"))
            {
                continue;
            }
            if (await TryRemoveAsync(engine, volume.Name, cancellationToken))
            {
                deleted.Add(volume.Name);
                reclaimed += sizes.TryGetValue(volume.Name, out long size) ? size : 0;
            }
        }
        if (!IsWhatIf)
        {
            WriteObject(new PruneResult { Deleted = deleted, SpaceReclaimed = reclaimed });
        }
    }

    /// <summary>Unused volumes as the engine reports them (dangling), anonymous only unless <paramref name="all"/>.</summary>
    internal static async Task<List<VolumeSummary>> FindUnusedAsync(EngineClient engine, bool all, string[]? labels, CancellationToken cancellationToken)
    {
        IReadOnlyList<VolumeSummary> dangling = await engine.Volumes.ListAsync(new ListVolumesOptions { Dangling = true, Labels = labels }, cancellationToken);
        return dangling.Where(v => all || IsAnonymous(v)).OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Anonymous volumes carry a generated 64-hex-digit name (and, on newer engines, a label saying so).</summary>
    internal static bool IsAnonymous(VolumeSummary volume) =>
        volume.Labels.ContainsKey("com.docker.volume.anonymous") || AnonymousName().IsMatch(volume.Name);

    internal static async Task<IReadOnlyDictionary<string, long>> VolumeSizesAsync(EngineClient engine, CancellationToken cancellationToken)
    {
        DiskUsage usage = await engine.System.DiskUsageAsync(cancellationToken);
        return usage.Volumes.ToDictionary(v => v.Name, v => v.Size ?? 0, StringComparer.Ordinal);
    }

    /// <summary>Removes one volume; a volume that came into use meanwhile is kept with a warning, not an error.</summary>
    internal static async Task<bool> TryRemoveAsync(EngineClient engine, string name, Action<string> warn, Action<Exception> fail, CancellationToken cancellationToken)
    {
        try
        {
            await engine.Volumes.RemoveAsync(name, new RemoveVolumeOptions(), cancellationToken);
            return true;
        }
        catch (EngineConflictException e)
        {
            warn($"Kept volume '{name}': it came into use. {e.Message}");
        }
        catch (EngineNotFoundException)
        {
            warn($"Volume '{name}' was already gone.");
        }
        catch (EngineException e)
        {
            fail(e);
        }
        return false;
    }

    private Task<bool> TryRemoveAsync(EngineClient engine, string name, CancellationToken cancellationToken) =>
        TryRemoveAsync(engine, name, WriteWarning, e => WriteEngineError(e, ErrorIds.VolumeNotFound, name), cancellationToken);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex AnonymousName();
}

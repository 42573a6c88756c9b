using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Removes stopped containers, unused networks, dangling images and optionally unused volumes, like docker system prune.</para>
/// <para type="description">Works out everything a system prune would remove, then confirms and removes each object on its own
/// (ConfirmImpact High): stopped containers first, then the networks, images and (with -Volumes) anonymous volumes that no
/// remaining container uses. Under -WhatIf it lists every object it would remove, as if the containers before them were
/// gone, and removes nothing. -All removes every unused image, not only dangling ones. -Label limits every kind to
/// objects with those labels. Writes a summary with the bytes reclaimed, taken from the engine's disk-usage report.
/// Objects that come into use meanwhile are kept, with a warning. Build cache is not touched.</para>
/// </summary>
/// <example>
///   <code>Clear-ContainerEngine -WhatIf</code>
///   <para>Lists every container, network and dangling image a system prune would remove.</para>
/// </example>
/// <example>
///   <code>Clear-ContainerEngine -All -Volumes -Confirm:$false</code>
///   <para>Removes every unused image and anonymous volume too, without asking.</para>
/// </example>
/// <example>
///   <code>Clear-ContainerEngine -Label ci=true -Volumes</code>
///   <para>Cleans up after CI jobs, asking for each object.</para>
/// </example>
[Cmdlet(VerbsCommon.Clear, "ContainerEngine", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(ContainerEngineClearResult))]
public sealed class ClearContainerEngineCommand : ContainersCmdlet
{
    private static readonly string[] s_stoppedStates = ["created", "exited", "dead"];

    /// <summary>
    /// <para type="description">Removes every image no container uses, not only dangling (untagged) ones.</para>
    /// </summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <summary>
    /// <para type="description">Also removes anonymous volumes no container uses (named volumes are never removed by this cmdlet;
    /// use Clear-ContainerVolume -All for those).</para>
    /// </summary>
    [Parameter]
    public SwitchParameter Volumes { get; set; }

    /// <summary>
    /// <para type="description">Only objects with all of these labels: 'key' or 'key=value'.</para>
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Label { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        Plan plan;
        try
        {
            plan = await PlanAsync(engine, cancellationToken);
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.EngineError, Endpoint.Url);
            return;
        }

        var containers = new List<string>();
        var networks = new List<string>();
        var images = new List<string>();
        var volumes = new List<string>();
        long reclaimed = 0;
        foreach (ContainerSummary c in plan.Containers)
        {
            string name = c.Names.FirstOrDefault() ?? "";
            if (ShouldProcess($"container '{name}' ({DisplayFormat.ShortId(c.Id)})", "Remove") && await TryAsync(() => engine.Containers.RemoveAsync(c.Id, new RemoveContainerOptions(), cancellationToken), "container", name))
            {
                containers.Add(c.Id);
                reclaimed += plan.ContainerSizes.GetValueOrDefault(c.Id);
            }
        }
        foreach (NetworkDetails n in plan.Networks)
        {
            if (ShouldProcess(NetworkLookup.Describe(n), "Remove")
                && await ClearContainerNetworkCommand.TryRemoveAsync(engine, n, WriteWarning, e => WriteEngineError(e, ErrorIds.NetworkNotFound, n.Name), cancellationToken))
            {
                networks.Add(n.Name);
            }
        }
        foreach (ImageSummary i in plan.Images)
        {
            string tags = i.RepoTags.Count > 0 ? $"'{string.Join("', '", i.RepoTags)}' " : "";
            if (ShouldProcess($"image {tags}({DisplayFormat.ShortId(i.Id)})", "Remove") && await TryRemoveImageAsync(engine, i, cancellationToken))
            {
                images.Add(i.Id);
                reclaimed += plan.ImageSizes.GetValueOrDefault(i.Id);
            }
        }
        foreach (VolumeSummary v in plan.Volumes)
        {
            if (ShouldProcess($"volume '{v.Name}'", "Remove")
                && await ClearContainerVolumeCommand.TryRemoveAsync(engine, v.Name, WriteWarning, e => WriteEngineError(e, ErrorIds.VolumeNotFound, v.Name), cancellationToken))
            {
                volumes.Add(v.Name);
                reclaimed += plan.VolumeSizes.GetValueOrDefault(v.Name);
            }
        }
        if (!IsWhatIf)
        {
            WriteObject(new ContainerEngineClearResult
            {
                ContainersDeleted = containers, NetworksDeleted = networks, ImagesDeleted = images, VolumesDeleted = volumes, SpaceReclaimed = reclaimed,
            });
        }
    }

    private sealed record Plan(
        IReadOnlyList<ContainerSummary> Containers, IReadOnlyList<NetworkDetails> Networks, IReadOnlyList<ImageSummary> Images, IReadOnlyList<VolumeSummary> Volumes,
        Dictionary<string, long> ContainerSizes, Dictionary<string, long> ImageSizes, Dictionary<string, long> VolumeSizes);

    // Everything is decided up front against "the containers that stay", so -WhatIf shows what a real run removes.
    // Stricter than the daemon's prune on purpose: a network or volume any remaining container refers to (even a
    // stopped one) is kept.
    private async Task<Plan> PlanAsync(EngineClient engine, CancellationToken cancellationToken)
    {
        Task<IReadOnlyList<ContainerSummary>> everyContainer = engine.Containers.ListAsync(new ListContainersOptions { All = true }, cancellationToken);
        Task<IReadOnlyList<ContainerSummary>> stopped = engine.Containers.ListAsync(new ListContainersOptions { Statuses = s_stoppedStates, Labels = Label }, cancellationToken);
        Task<DiskUsage> usage = engine.System.DiskUsageAsync(cancellationToken);
        Task<IReadOnlyList<NetworkDetails>> networks = engine.Networks.ListAsync(new ListNetworksOptions { Labels = Label }, cancellationToken);
        Task<IReadOnlyList<ImageSummary>> images = engine.Images.ListAsync(new ListImagesOptions { Dangling = All ? null : true, Labels = Label }, cancellationToken);
        Task<IReadOnlyList<VolumeSummary>> volumes = Volumes
            ? engine.Volumes.ListAsync(new ListVolumesOptions { Labels = Label }, cancellationToken)
            : Task.FromResult<IReadOnlyList<VolumeSummary>>([]);
        await Task.WhenAll(everyContainer, stopped, usage, networks, images, volumes);

        var doomed = (await stopped).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        ContainerSummary[] staying = (await everyContainer).Where(c => !doomed.Contains(c.Id)).ToArray();
        var usedNetworks = staying.SelectMany(c => c.Networks).SelectMany(n => new[] { n.NetworkId ?? "", n.Network }).ToHashSet(StringComparer.Ordinal);
        var usedImages = staying.Select(c => c.ImageId).ToHashSet(StringComparer.Ordinal);
        var usedVolumes = staying.SelectMany(c => c.Mounts).Where(m => m.Name is not null).Select(m => m.Name!).ToHashSet(StringComparer.Ordinal);
        DiskUsage df = await usage;
        return new Plan(
            (await stopped).OrderBy(c => c.Names.FirstOrDefault(), StringComparer.Ordinal).ToArray(),
            (await networks).Where(n => !n.IsPredefined && !usedNetworks.Contains(n.Id) && !usedNetworks.Contains(n.Name) && n.Scope == "local").ToArray(),
            (await images).Where(i => !usedImages.Contains(i.Id)).OrderByDescending(i => i.Created).ToArray(),
            (await volumes).Where(v => ClearContainerVolumeCommand.IsAnonymous(v) && !usedVolumes.Contains(v.Name)).OrderBy(v => v.Name, StringComparer.Ordinal).ToArray(),
            df.Containers.ToDictionary(c => c.Id, c => c.SizeRw, StringComparer.Ordinal),
            df.Images.ToDictionary(i => i.Id, i => i.Size - Math.Max(i.SharedSize, 0), StringComparer.Ordinal),
            df.Volumes.ToDictionary(v => v.Name, v => Math.Max(v.Size ?? 0, 0), StringComparer.Ordinal));
    }

    private async Task<bool> TryAsync(Func<Task> remove, string kind, string name)
    {
        try
        {
            await remove();
            return true;
        }
        catch (Exception e) when (e is EngineConflictException or EngineNotFoundException)
        {
            WriteWarning($"Kept {kind} '{name}': {e.Message}");
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.EngineError, name);
        }
        return false;
    }

    // Untag each reference (the last one deletes the image), or delete an untagged image by id. Never forced: an image
    // that gained a container or has child images is kept, with a warning.
    private async Task<bool> TryRemoveImageAsync(EngineClient engine, ImageSummary image, CancellationToken cancellationToken)
    {
        string[] references = image.RepoTags.Count > 0 ? [.. image.RepoTags] : [image.Id];
        foreach (string reference in references)
        {
            if (!await TryAsync(() => engine.Images.RemoveAsync(reference, new RemoveImageOptions(), cancellationToken), "image", reference))
            {
                return false;
            }
        }
        return true;
    }
}

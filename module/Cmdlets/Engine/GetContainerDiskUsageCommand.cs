using System.Globalization;
using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// <para type="synopsis">Shows what the engine's images, containers, volumes and build cache use on disk, like docker system df.</para>
/// <para type="description">Writes one line per type with the count, how many are in use, the bytes used and the bytes a prune
/// could reclaim, computed as docker system df does. Each line carries the objects behind it in Items; -Verbose also
/// prints a line per object, like docker system df -v. Slow on big engines: the engine walks every layer and volume.</para>
/// </summary>
/// <example>
///   <code>Get-ContainerDiskUsage</code>
///   <para>Shows the docker system df summary.</para>
/// </example>
/// <example>
///   <code>(Get-ContainerDiskUsage | Where-Object Type -eq 'Local Volumes').Items | Sort-Object Size -Descending</code>
///   <para>Lists volumes by size.</para>
/// </example>
/// <example>
///   <code>Get-ContainerDiskUsage -Verbose</code>
///   <para>Shows the summary and a line per image, container, volume and cache record.</para>
/// </example>
[Cmdlet(VerbsCommon.Get, "ContainerDiskUsage")]
[OutputType(typeof(ContainerDiskUsageInfo))]
public sealed class GetContainerDiskUsageCommand : ContainersCmdlet
{
    private static readonly string[] s_activeStates = ["running", "paused", "restarting"];

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        DiskUsage usage;
        try
        {
            usage = await engine.System.DiskUsageAsync(cancellationToken);
        }
        catch (EngineException e)
        {
            WriteEngineError(e, ErrorIds.EngineError, Endpoint.Url);
            return;
        }
        foreach (ContainerDiskUsageInfo line in Summarize(usage))
        {
            foreach (ContainerDiskUsageItem item in line.Items)
            {
                WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0,-10} {1,-40} {2,10} {3}", item.Type, item.Name, DisplayFormat.Size(item.Size),
                    item.Active ? "in use" : "unused"));
            }
            WriteObject(line);
        }
    }

    /// <summary>The four docker system df lines, computed as the docker CLI's formatter does.</summary>
    internal static IEnumerable<ContainerDiskUsageInfo> Summarize(DiskUsage usage)
    {
        ContainerDiskUsageItem[] images = usage.Images.Select(i => new ContainerDiskUsageItem
        {
            Type = "Image",
            Name = i.RepoTags.FirstOrDefault() ?? DisplayFormat.ShortId(i.Id),
            Id = i.Id,
            Size = i.Size,
            SharedSize = Math.Max(i.SharedSize, 0),
            Containers = Math.Max(i.Containers, 0),
            Active = i.Containers > 0,
            Created = i.Created.LocalDateTime,
        }).ToArray();
        // Reclaimable: all layer bytes minus what images in use need on their own.
        long imagesInUse = images.Where(i => i.Active).Sum(i => i.Size - i.SharedSize);
        yield return new ContainerDiskUsageInfo
        {
            Type = "Images", TotalCount = images.Length, Active = images.Count(i => i.Active),
            Size = usage.LayersSize, Reclaimable = Math.Max(usage.LayersSize - imagesInUse, 0), Items = images,
        };

        ContainerDiskUsageItem[] containers = usage.Containers.Select(c => new ContainerDiskUsageItem
        {
            Type = "Container",
            Name = c.Name.Length > 0 ? c.Name : DisplayFormat.ShortId(c.Id),
            Id = c.Id,
            Size = c.SizeRw,
            Active = s_activeStates.Contains(c.State),
            Created = c.Created.LocalDateTime,
        }).ToArray();
        yield return new ContainerDiskUsageInfo
        {
            Type = "Containers", TotalCount = containers.Length, Active = containers.Count(c => c.Active),
            Size = containers.Sum(c => c.Size), Reclaimable = containers.Where(c => !c.Active).Sum(c => c.Size), Items = containers,
        };

        ContainerDiskUsageItem[] volumes = usage.Volumes.Select(v => new ContainerDiskUsageItem
        {
            Type = "Volume",
            Name = v.Name,
            Id = v.Name,
            Size = Math.Max(v.Size ?? 0, 0),
            Containers = Math.Max(v.RefCount ?? 0, 0),
            Active = v.RefCount > 0,
            Created = v.CreatedAt?.LocalDateTime,
        }).ToArray();
        yield return new ContainerDiskUsageInfo
        {
            Type = "Local Volumes", TotalCount = volumes.Length, Active = volumes.Count(v => v.Active),
            Size = volumes.Sum(v => v.Size), Reclaimable = volumes.Where(v => !v.Active).Sum(v => v.Size), Items = volumes,
        };

        ContainerDiskUsageItem[] cache = usage.BuildCache.Select(b => new ContainerDiskUsageItem
        {
            Type = "BuildCache",
            Name = b.Description.Length > 0 ? b.Description : b.Id,
            Id = b.Id,
            Size = b.Size,
            SharedSize = b.Shared ? b.Size : 0,
            Active = b.InUse,
            Created = b.CreatedAt?.LocalDateTime,
        }).ToArray();
        // Shared records are counted once, by whoever owns them, as the docker CLI does.
        yield return new ContainerDiskUsageInfo
        {
            Type = "Build Cache", TotalCount = cache.Length, Active = cache.Count(b => b.Active),
            Size = cache.Where(b => b.SharedSize == 0).Sum(b => b.Size),
            Reclaimable = cache.Where(b => !b.Active && b.SharedSize == 0).Sum(b => b.Size), Items = cache,
        };
    }
}

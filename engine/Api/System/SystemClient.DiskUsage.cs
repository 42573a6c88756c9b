using System.Globalization;
using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class SystemClient
{
    /// <summary>
    /// What the engine's data uses on disk (<c>GET /system/df</c>, the data of <c>docker system df -v</c>).
    /// Slow on big engines: the daemon walks every container layer and volume.
    /// </summary>
    public async Task<DiskUsage> DiskUsageAsync(CancellationToken cancellationToken)
    {
        DiskUsageWire wire = await _http.GetJsonAsync("system/df", null, EngineJsonContext.Default.DiskUsageWire, cancellationToken).ConfigureAwait(false);
        return new DiskUsage
        {
            LayersSize = wire.LayersSize,
            Images = (wire.Images ?? []).ConvertAll(ImagesClient.ToModel),
            Containers = (wire.Containers ?? []).ConvertAll(c => new ContainerDiskUsage
            {
                Id = c.Id,
                Name = c.Names is { Count: > 0 } names ? names[0].TrimStart('/') : "",
                Image = c.Image ?? "",
                Command = c.Command ?? "",
                Created = DateTimeOffset.FromUnixTimeSeconds(c.Created),
                State = c.State ?? "",
                Status = c.Status ?? "",
                // The daemon always computes these here but omits zeros.
                SizeRw = c.SizeRw ?? 0,
                SizeRootFs = c.SizeRootFs ?? 0,
                Volumes = c.Mounts?.Where(m => m.Type == "volume" && !string.IsNullOrEmpty(m.Name)).Select(m => m.Name!).ToArray() ?? [],
            }),
            Volumes = (wire.Volumes ?? []).ConvertAll(VolumesClient.ToModel),
            BuildCache = (wire.BuildCache ?? []).ConvertAll(b => new BuildCacheUsage
            {
                Id = b.ID,
                Type = b.Type ?? "",
                Description = b.Description ?? "",
                InUse = b.InUse,
                Shared = b.Shared,
                Size = b.Size,
                CreatedAt = ParseTime(b.CreatedAt),
                LastUsedAt = ParseTime(b.LastUsedAt),
                UsageCount = b.UsageCount,
            }),
        };
    }

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time) && time.Year > 1 ? time : null;
}

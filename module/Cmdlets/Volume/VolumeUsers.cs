using Containers.Engine.Api;
using Containers.Engine.Models;

namespace Containers;

/// <summary>Which containers (running or not) mount which volumes: one container listing, grouped by volume name.</summary>
internal static class VolumeUsers
{
    public static async Task<IReadOnlyDictionary<string, string[]>> ByVolumeAsync(EngineClient engine, CancellationToken cancellationToken)
    {
        IReadOnlyList<ContainerSummary> containers = await engine.Containers.ListAsync(new ListContainersOptions { All = true }, cancellationToken);
        return containers
            .SelectMany(c => c.Mounts.Where(m => m.Type == "volume" && m.Name is not null).Select(m => (Volume: m.Name!, Container: c.Names.FirstOrDefault() ?? DisplayFormat.ShortId(c.Id))))
            .GroupBy(p => p.Volume, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Container).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public static string[] Of(IReadOnlyDictionary<string, string[]> users, string volume) =>
        users.TryGetValue(volume, out string[]? names) ? names : [];
}

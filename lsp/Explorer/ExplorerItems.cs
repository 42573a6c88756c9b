using Containers.Engine.Models;
using Containers.LanguageServer.Protocol;
using VolumeItem = Containers.LanguageServer.Protocol.VolumeItem;

namespace Containers.LanguageServer.Explorer;

/// <summary>Engine models to the explorer's protocol items.</summary>
internal static class ExplorerItems
{
    // The labels docker compose puts on what it creates: the explorer groups by them.
    private const string ComposeProject = "com.docker.compose.project";
    private const string ComposeService = "com.docker.compose.service";

    public static ContainerItem From(ContainerSummary c) => new(
        c.Id,
        c.Names.Count > 0 ? c.Names[0].TrimStart('/') : c.Id[..Math.Min(12, c.Id.Length)],
        c.Image,
        c.Command,
        c.State,
        c.Status,
        c.Created,
        [.. c.Ports.Select(p => p.ToString())],
        c.Labels.GetValueOrDefault(ComposeProject),
        c.Labels.GetValueOrDefault(ComposeService));

    public static ImageItem From(ImageSummary i) => new(i.Id, i.RepoTags, i.RepoDigests, i.Created, i.Size, i.Containers);

    public static VolumeItem From(VolumeSummary v) => new(v.Name, v.Driver, v.Mountpoint, v.Scope, v.CreatedAt, v.Labels.GetValueOrDefault(ComposeProject));

    public static NetworkItem From(NetworkDetails n) => new(n.Id, n.Name, n.Driver, n.Scope, n.Created, n.Internal, n.IsPredefined);
}

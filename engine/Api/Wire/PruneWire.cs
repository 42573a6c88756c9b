namespace Containers.Engine.Api.Wire;

// POST /containers/prune, /images/prune, /networks/prune, /volumes/prune: one shape with every list the
// daemon may send; each endpoint fills its own.
internal sealed class PruneWire
{
    public List<string>? ContainersDeleted { get; set; }
    public List<ImageDeleteWire>? ImagesDeleted { get; set; }
    public List<string>? NetworksDeleted { get; set; }
    public List<string>? VolumesDeleted { get; set; }
    public long SpaceReclaimed { get; set; }
}

// DELETE /images/{name} answers a list of these; so does the ImagesDeleted of an image prune.
internal sealed class ImageDeleteWire
{
    public string? Untagged { get; set; }
    public string? Deleted { get; set; }
}

using Containers.Engine.Models;

namespace Containers;

/// <summary>
/// A container in the pipeline. Built from the engine's model: real <see cref="DateTime"/>, names without
/// the leading '/', ports as objects. <c>Id</c> and <c>Name</c> bind by property name to other cmdlets.
/// </summary>
public sealed class ContainerInfo
{
    internal ContainerInfo(ContainerSummary summary, string context, string dockerHost)
    {
        Id = summary.Id;
        Names = summary.Names.ToArray();
        Name = Names.Length > 0 ? Names[0] : "";
        Image = summary.Image;
        ImageId = summary.ImageId;
        Command = summary.Command;
        Created = summary.Created.LocalDateTime;
        State = summary.State;
        Status = summary.Status;
        Ports = summary.Ports.ToArray();
        Labels = new Dictionary<string, string>(summary.Labels, StringComparer.Ordinal);
        SizeRw = summary.SizeRw;
        SizeRootFs = summary.SizeRootFs;
        NetworkMode = summary.NetworkMode;
        Networks = summary.Networks.ToArray();
        Mounts = summary.Mounts.ToArray();
        Context = context;
        DockerHost = dockerHost;
    }

    /// <summary>The full 64-hex-digit id.</summary>
    public string Id { get; }

    /// <summary>The first 12 hex digits, as <c>docker ps</c> shows them.</summary>
    public string ShortId => DisplayFormat.ShortId(Id);

    /// <summary>The container's name, without the leading '/'.</summary>
    public string Name { get; }

    /// <summary>All names (the first is <see cref="Name"/>; legacy links add more).</summary>
    public string[] Names { get; }

    /// <summary>The image reference as given at creation.</summary>
    public string Image { get; }

    /// <summary>The image id (<c>sha256:…</c>).</summary>
    public string ImageId { get; }

    /// <summary>The command line.</summary>
    public string Command { get; }

    /// <summary>When the container was created, in local time.</summary>
    public DateTime Created { get; }

    /// <summary>How long ago it was created, as the docker CLI says it ("5 minutes ago").</summary>
    public string CreatedSince => DisplayFormat.Since(Created);

    /// <summary>created, restarting, running, removing, paused, exited or dead.</summary>
    public string State { get; }

    /// <summary>The daemon's human status ("Up 5 minutes", "Exited (0) 2 hours ago").</summary>
    public string Status { get; }

    /// <summary>Published and exposed ports; each prints like <c>0.0.0.0:8080->80/tcp</c>.</summary>
    public PortMapping[] Ports { get; }

    /// <summary>Labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>Bytes written by the container; null unless sizes were asked for.</summary>
    public long? SizeRw { get; }

    /// <summary>Bytes of the whole root file system; null unless sizes were asked for.</summary>
    public long? SizeRootFs { get; }

    /// <summary>The network mode (bridge, host, none, …).</summary>
    public string? NetworkMode { get; }

    /// <summary>The networks the container is attached to.</summary>
    public ContainerNetworkEndpoint[] Networks { get; }

    /// <summary>Volumes and bind mounts.</summary>
    public MountPoint[] Mounts { get; }

    /// <summary>The context the container was listed from.</summary>
    public string Context { get; }

    /// <summary>The engine endpoint the container was listed from.</summary>
    public string DockerHost { get; }

    /// <summary>The name, so the object reads well in strings and messages.</summary>
    public override string ToString() => Name;
}

using Containers.Engine.Models;

namespace Containers;

/// <summary>A volume in the pipeline.</summary>
public sealed class ContainerVolumeInfo
{
    internal ContainerVolumeInfo(VolumeSummary summary, string context, string dockerHost, long? size = null)
    {
        Name = summary.Name;
        Driver = summary.Driver;
        Mountpoint = summary.Mountpoint;
        CreatedAt = summary.CreatedAt?.LocalDateTime;
        Scope = summary.Scope;
        Labels = new Dictionary<string, string>(summary.Labels, StringComparer.Ordinal);
        Options = new Dictionary<string, string>(summary.Options, StringComparer.Ordinal);
        Size = size ?? summary.Size;
        RefCount = summary.RefCount;
        Context = context;
        DockerHost = dockerHost;
    }

    /// <summary>The volume's name.</summary>
    public string Name { get; }

    /// <summary>The volume driver (usually local).</summary>
    public string Driver { get; }

    /// <summary>Where the engine keeps the data.</summary>
    public string Mountpoint { get; }

    /// <summary>When the volume was created, in local time; null when the driver does not say.</summary>
    public DateTime? CreatedAt { get; }

    /// <summary>How long ago it was created, as the docker CLI says it ("5 minutes ago").</summary>
    public string CreatedSince => DisplayFormat.Since(CreatedAt);

    /// <summary>local or global.</summary>
    public string Scope { get; }

    /// <summary>Labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>Driver options.</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>Bytes used; null when the engine did not compute it.</summary>
    public long? Size { get; }

    /// <summary>Containers referencing the volume; null when the engine did not compute it.</summary>
    public long? RefCount { get; }

    /// <summary>Names of the containers (running or not) that mount the volume; empty when none does.</summary>
    public IReadOnlyList<string> UsedBy { get; internal init; } = [];

    /// <summary>The context the volume was listed from.</summary>
    public string Context { get; }

    /// <summary>The engine endpoint the volume was listed from.</summary>
    public string DockerHost { get; }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}

using Containers.Engine.Models;

namespace Containers;

/// <summary>An image in the pipeline: sizes in bytes, real DateTime, tags split into repository and tag.</summary>
public sealed class ContainerImageInfo
{
    internal ContainerImageInfo(ImageSummary summary, string context, string dockerHost)
    {
        Id = summary.Id;
        RepoTags = summary.RepoTags.ToArray();
        RepoDigests = summary.RepoDigests.ToArray();
        (Repository, Tag) = SplitReference(RepoTags.Length > 0 ? RepoTags[0] : null, RepoDigests.Length > 0 ? RepoDigests[0] : null);
        ParentId = summary.ParentId;
        Created = summary.Created.LocalDateTime;
        Size = summary.Size;
        SharedSize = summary.SharedSize >= 0 ? summary.SharedSize : null;
        Containers = summary.Containers >= 0 ? summary.Containers : null;
        Labels = new Dictionary<string, string>(summary.Labels, StringComparer.Ordinal);
        Context = context;
        DockerHost = dockerHost;
    }

    /// <summary>The image id (<c>sha256:…</c>).</summary>
    public string Id { get; }

    /// <summary>The first 12 hex digits of the id, as <c>docker images</c> shows them.</summary>
    public string ShortId => DisplayFormat.ShortId(Id);

    /// <summary>The repository of the first tag; "&lt;none&gt;" for dangling images.</summary>
    public string Repository { get; }

    /// <summary>The tag of the first tag; "&lt;none&gt;" for dangling images.</summary>
    public string Tag { get; }

    /// <summary>Every repository:tag reference of the image.</summary>
    public string[] RepoTags { get; }

    /// <summary>Every repository@digest reference of the image.</summary>
    public string[] RepoDigests { get; }

    /// <summary>The parent image id; empty for imported and pulled images.</summary>
    public string ParentId { get; }

    /// <summary>When the image was created, in local time.</summary>
    public DateTime Created { get; }

    /// <summary>How long ago it was created, as the docker CLI says it ("5 minutes ago").</summary>
    public string CreatedSince => DisplayFormat.Since(Created);

    /// <summary>Total size in bytes.</summary>
    public long Size { get; }

    /// <summary>Bytes shared with other images; null when the engine did not compute it.</summary>
    public long? SharedSize { get; }

    /// <summary>Containers using the image; null when the engine did not compute it.</summary>
    public long? Containers { get; }

    /// <summary>Labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The context the image was listed from.</summary>
    public string Context { get; }

    /// <summary>The engine endpoint the image was listed from.</summary>
    public string DockerHost { get; }

    /// <summary>repository:tag, or the short id for dangling images.</summary>
    public override string ToString() => RepoTags.Length > 0 ? RepoTags[0] : ShortId;

    internal static (string Repository, string Tag) SplitReference(string? repoTag, string? repoDigest)
    {
        if (repoTag is not null)
        {
            // The tag follows the last ':' after the last '/' (a registry host may carry a port).
            int colon = repoTag.LastIndexOf(':');
            if (colon > repoTag.LastIndexOf('/'))
            {
                return (repoTag[..colon], repoTag[(colon + 1)..]);
            }
            return (repoTag, "latest");
        }
        if (repoDigest is not null)
        {
            int at = repoDigest.IndexOf('@', StringComparison.Ordinal);
            return (at > 0 ? repoDigest[..at] : repoDigest, "<none>");
        }
        return ("<none>", "<none>");
    }
}

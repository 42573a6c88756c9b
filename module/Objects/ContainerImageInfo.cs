using Containers.Engine.Models;

namespace Containers;

/// <summary>An image in the pipeline: sizes in bytes, real DateTime, tags split into repository and tag.</summary>
public sealed class ContainerImageInfo
{
    // primaryReference: the reference the user asked for (a -Name match, the pulled or added tag); the object shows
    // it as Repository/Tag, as `docker images foo` shows foo's row, even when the image carries other tags too.
    internal ContainerImageInfo(ImageSummary summary, string context, string dockerHost, string? primaryReference = null)
    {
        Id = summary.Id;
        RepoTags = summary.RepoTags.ToArray();
        RepoDigests = summary.RepoDigests.ToArray();
        _primaryTag = primaryReference is not null && RepoTags.Contains(primaryReference, StringComparer.Ordinal) ? primaryReference : RepoTags.FirstOrDefault();
        string? primaryDigest = primaryReference is not null && RepoDigests.Contains(primaryReference, StringComparer.Ordinal) ? primaryReference : RepoDigests.FirstOrDefault();
        (Repository, Tag) = primaryDigest == primaryReference && primaryReference is not null
            ? SplitReference(null, primaryReference)
            : SplitReference(_primaryTag, primaryDigest);
        Digest = DigestOf(Repository, RepoDigests);
        ParentId = summary.ParentId;
        Created = summary.Created.LocalDateTime;
        Size = summary.Size;
        SharedSize = summary.SharedSize >= 0 ? summary.SharedSize : null;
        Containers = summary.Containers >= 0 ? summary.Containers : null;
        Labels = new Dictionary<string, string>(summary.Labels, StringComparer.Ordinal);
        Context = context;
        DockerHost = dockerHost;
    }

    private readonly string? _primaryTag;

    /// <summary>The image id (<c>sha256:…</c>).</summary>
    public string Id { get; }

    /// <summary>The first 12 hex digits of the id, as <c>docker images</c> shows them.</summary>
    public string ShortId => DisplayFormat.ShortId(Id);

    /// <summary>The repository of the tag asked for (else the first tag); "&lt;none&gt;" for dangling images.</summary>
    public string Repository { get; }

    /// <summary>The tag asked for (else the first tag); "&lt;none&gt;" for dangling images and digest references.</summary>
    public string Tag { get; }

    /// <summary>Every repository:tag reference of the image.</summary>
    public string[] RepoTags { get; }

    /// <summary>Every repository@digest reference of the image.</summary>
    public string[] RepoDigests { get; }

    /// <summary>
    /// The registry digest (<c>sha256:…</c>) of <see cref="Repository"/>, as <c>docker images --digests</c> shows it;
    /// null for images never pushed or pulled.
    /// </summary>
    public string? Digest { get; }

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
    public override string ToString() => _primaryTag ?? ShortId;

    // The digest a registry gave for this repository; one image id can carry digests of several repositories.
    private static string? DigestOf(string repository, string[] repoDigests)
    {
        string? first = null;
        foreach (string repoDigest in repoDigests)
        {
            int at = repoDigest.IndexOf('@', StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            if (repoDigest.AsSpan(0, at).SequenceEqual(repository))
            {
                return repoDigest[(at + 1)..];
            }
            first ??= repoDigest[(at + 1)..];
        }
        return first;
    }

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

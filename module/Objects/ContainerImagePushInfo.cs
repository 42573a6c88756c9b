namespace Containers;

/// <summary>One tag a push sent to its registry, with the digest the registry now serves it under.</summary>
public sealed class ContainerImagePushInfo
{
    internal ContainerImagePushInfo(string repository, string tag, string digest, long size)
    {
        Repository = repository;
        Tag = tag;
        Digest = digest;
        Size = size;
    }

    /// <summary>The repository, registry included (127.0.0.1:5000/app).</summary>
    public string Repository { get; }

    /// <summary>The tag pushed.</summary>
    public string Tag { get; }

    /// <summary>The manifest digest (sha256:…): pull <c>Repository@Digest</c> to get exactly this image.</summary>
    public string Digest { get; }

    /// <summary>The manifest's size in bytes.</summary>
    public long Size { get; }

    /// <summary>repository:tag@digest.</summary>
    public override string ToString() => $"{Repository}:{Tag}@{Digest}";
}

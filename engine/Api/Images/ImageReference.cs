namespace Containers.Engine.Api;

/// <summary>
/// An image reference split as the Engine API wants it for pull and push: repository, then a tag or a digest.
/// <c>127.0.0.1:5000/app:1</c> → (127.0.0.1:5000/app, 1); <c>busybox@sha256:…</c> → (busybox, sha256:…).
/// </summary>
public readonly record struct ImageReference(string Repository, string? Tag, string? Digest)
{
    /// <summary>Splits <paramref name="reference"/>; tag and digest are null when absent.</summary>
    /// <exception cref="ArgumentException">The reference is empty or has an empty part.</exception>
    public static ImageReference Parse(string reference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        string rest = reference.Trim();
        string? digest = null;
        int at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
        }
        string? tag = null;
        int colon = rest.LastIndexOf(':');
        if (colon > rest.LastIndexOf('/'))
        {
            tag = rest[(colon + 1)..];
            rest = rest[..colon];
        }
        if (rest.Length == 0 || tag is { Length: 0 } || digest is { Length: 0 })
        {
            throw new ArgumentException($"'{reference}' is not a valid image reference.", nameof(reference));
        }
        return new ImageReference(rest, tag, digest);
    }

    /// <summary>repository[:tag][@digest].</summary>
    public override string ToString() => Repository + (Tag is null ? "" : ":" + Tag) + (Digest is null ? "" : "@" + Digest);
}

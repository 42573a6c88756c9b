using Containers.Engine.Dockerfile.Semantics;

namespace Containers.Engine.Dockerfile.Analysis.Rules;

/// <summary>A FROM image split into name, tag and digest (<c>registry:5000/name:tag@sha256:…</c>).</summary>
internal sealed record ImageReference(string Text, string Name, string? Tag, string? Digest)
{
    /// <summary>The stage's base image when it names a registry image: null for <c>scratch</c>, an earlier stage, a missing image, or one written with variables.</summary>
    public static ImageReference? Of(BuildStage stage)
    {
        if (stage.BaseImage is not { } image || stage.BaseStage is not null
            || image.Text.Contains('$', StringComparison.Ordinal)
            || string.Equals(image.Text, "scratch", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = image.Text;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var digest = at < 0 ? null : text[(at + 1)..];
        var reference = at < 0 ? text : text[..at];
        var colon = reference.LastIndexOf(':');
        var tag = colon > reference.LastIndexOf('/') ? reference[(colon + 1)..] : null;
        var name = tag is null ? reference : reference[..colon];
        return new ImageReference(text, name, tag, digest);
    }
}

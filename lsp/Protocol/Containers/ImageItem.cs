namespace Containers.LanguageServer.Protocol;

/// <summary>One image (a row of <c>docker images</c>, with all its tags at once).</summary>
/// <param name="Id">Full id (sha256:…).</param>
/// <param name="RepoTags">Its tags ("repo:tag"); empty for a dangling image.</param>
/// <param name="RepoDigests">Its digests ("repo@sha256:…").</param>
/// <param name="Created">Creation time, UTC.</param>
/// <param name="Size">Size in bytes, shared layers included.</param>
/// <param name="Containers">Containers using it; -1 when the daemon did not count.</param>
public sealed record ImageItem(
    string Id,
    IReadOnlyList<string> RepoTags,
    IReadOnlyList<string> RepoDigests,
    DateTimeOffset Created,
    long Size,
    long Containers);

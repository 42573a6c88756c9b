namespace Containers.Engine.Api;

public sealed partial class ImagesClient
{
    /// <summary>
    /// Adds the reference <paramref name="target"/> (repository[:tag], tag "latest" when absent) to the image
    /// <paramref name="source"/> (<c>POST /images/{name}/tag</c>), as <c>docker tag</c>. An existing tag moves.
    /// </summary>
    /// <exception cref="ArgumentException">Either reference is invalid, or the target names a digest.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such source image.</exception>
    public async Task TagAsync(string source, string target, CancellationToken cancellationToken)
    {
        ImageReference parsed = ImageReference.Parse(target);
        if (parsed.Digest is not null)
        {
            throw new ArgumentException($"'{target}' names a digest; a tag cannot.", nameof(target));
        }
        var query = new Query().Add("repo", parsed.Repository).Add("tag", parsed.Tag ?? "latest");
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Post, Paths.Image(source, "tag"), query, null, cancellationToken).ConfigureAwait(false);
    }
}

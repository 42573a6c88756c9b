using System.Runtime.CompilerServices;
using Containers.Engine.Auth;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ImagesClient.PushAsync"/>.</summary>
public sealed record PushImageOptions
{
    /// <summary>Push every local tag of the repository (<c>docker push -a</c>); the reference must then have no tag. Default false.</summary>
    public bool AllTags { get; init; }

    /// <summary>Credentials for the registry; null: anonymous (most registries refuse).</summary>
    public RegistryAuth? Auth { get; init; }
}

public sealed partial class ImagesClient
{
    /// <summary>
    /// Pushes an image to its registry (<c>POST /images/{name}/push</c>) and yields the daemon's progress messages. The
    /// result of each pushed tag comes as a message whose <see cref="JsonMessage.Aux"/> is <c>{"Tag","Digest","Size"}</c>.
    /// A reference without a tag pushes "latest" (unless <see cref="PushImageOptions.AllTags"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The reference is invalid, names a digest, or has a tag with AllTags.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such local image.</exception>
    /// <exception cref="Errors.EngineAuthException">The registry refused the credentials.</exception>
    public async IAsyncEnumerable<JsonMessage> PushAsync(string reference, PushImageOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ImageReference parsed = ImageReference.Parse(reference);
        if (parsed.Digest is not null)
        {
            throw new ArgumentException($"'{reference}' names a digest; push takes a repository and a tag.", nameof(reference));
        }
        if (options.AllTags && parsed.Tag is not null)
        {
            throw new ArgumentException($"'{reference}' names a tag; pushing all tags needs a repository only.", nameof(reference));
        }
        var query = new Query().Add("tag", options.AllTags ? null : parsed.Tag ?? "latest");
        HttpResponseMessage response = await _http.SendToRegistryAsync(HttpMethod.Post, Paths.Image(parsed.Repository, "push"), query, null, options.Auth, cancellationToken).ConfigureAwait(false);
        await foreach (JsonMessage message in _http.ReadMessagesAsync(response, cancellationToken).ConfigureAwait(false))
        {
            yield return message;
        }
    }
}

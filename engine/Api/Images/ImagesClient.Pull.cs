using System.Runtime.CompilerServices;
using Containers.Engine.Auth;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ImagesClient.PullAsync"/>.</summary>
public sealed record PullImageOptions
{
    /// <summary>os[/arch[/variant]] to pull, e.g. "linux/arm64"; null: the daemon's platform.</summary>
    public string? Platform { get; init; }

    /// <summary>Pull every tag of the repository (<c>docker pull -a</c>); the reference must then have no tag. Default false.</summary>
    public bool AllTags { get; init; }

    /// <summary>Credentials for the registry (see <see cref="CredentialStore.GetForReferenceAsync"/>); null: anonymous.</summary>
    public RegistryAuth? Auth { get; init; }
}

public sealed partial class ImagesClient
{
    /// <summary>
    /// Pulls an image (<c>POST /images/create?fromImage=</c>) and yields the daemon's progress messages until it is
    /// done. A reference without tag or digest pulls "latest" (unless <see cref="PullImageOptions.AllTags"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The reference is invalid, or has a tag with AllTags.</exception>
    /// <exception cref="Errors.EngineAuthException">The registry refused the credentials (before or during the pull).</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such repository or tag.</exception>
    public async IAsyncEnumerable<JsonMessage> PullAsync(string reference, PullImageOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ImageReference parsed = ImageReference.Parse(reference);
        if (options.AllTags && (parsed.Tag is not null || parsed.Digest is not null))
        {
            throw new ArgumentException($"'{reference}' names a tag or digest; pulling all tags needs a repository only.", nameof(reference));
        }
        // The API takes a digest in the tag parameter (the CLI's getAPITagFromNamedRef).
        string? tag = options.AllTags ? null : parsed.Digest ?? parsed.Tag ?? "latest";
        var query = new Query().Add("fromImage", parsed.Repository).Add("tag", tag).Add("platform", options.Platform);
        HttpResponseMessage response = await _http.SendToRegistryAsync(HttpMethod.Post, "images/create", query, null, options.Auth, cancellationToken).ConfigureAwait(false);
        await foreach (JsonMessage message in _http.ReadMessagesAsync(response, cancellationToken).ConfigureAwait(false))
        {
            yield return message;
        }
    }
}

using Containers.Engine.Api.Wire;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ImagesClient.CommitAsync"/>.</summary>
public sealed record CommitContainerOptions
{
    /// <summary>repository[:tag] for the new image; null: an untagged image.</summary>
    public string? Reference { get; init; }

    /// <summary>The commit message; null: none.</summary>
    public string? Comment { get; init; }

    /// <summary>The author, e.g. "Jane &lt;jane@example.com&gt;"; null: none.</summary>
    public string? Author { get; init; }

    /// <summary>Pause the container while committing (the daemon's default). Default true.</summary>
    public bool Pause { get; init; } = true;

    /// <summary>Dockerfile instructions to apply (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, ONBUILD, USER, VOLUME, WORKDIR); null: none.</summary>
    public IReadOnlyList<string>? Changes { get; init; }
}

public sealed partial class ImagesClient
{
    /// <summary>Creates an image from a container's changes (<c>POST /commit</c>), as <c>docker commit</c>. Returns the new image id.</summary>
    /// <exception cref="ArgumentException">The reference is invalid or names a digest.</exception>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    public async Task<string> CommitAsync(string container, CommitContainerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(container);
        ImageReference? parsed = options.Reference is null ? null : ImageReference.Parse(options.Reference);
        if (parsed?.Digest is not null)
        {
            throw new ArgumentException($"'{options.Reference}' names a digest; a commit takes a repository and a tag.", nameof(options));
        }
        var query = new Query()
            .Add("container", container)
            .Add("repo", parsed?.Repository)
            .Add("tag", parsed is null ? null : parsed.Value.Tag ?? "latest")
            .Add("comment", options.Comment)
            .Add("author", options.Author)
            .Add("pause", options.Pause);
        foreach (string change in options.Changes ?? [])
        {
            query.Add("changes", change);
        }
        IdResponseWire wire = await _http.SendJsonAsync(HttpMethod.Post, "commit", query, new CommitConfigWire(), EngineJsonContext.Default.CommitConfigWire,
            EngineJsonContext.Default.IdResponseWire, cancellationToken).ConfigureAwait(false);
        return wire.Id ?? throw new Errors.EngineApiException(201, "The engine did not return the id of the committed image.");
    }
}

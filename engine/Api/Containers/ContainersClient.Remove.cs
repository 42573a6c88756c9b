namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ContainersClient.RemoveAsync"/>.</summary>
public sealed record RemoveContainerOptions
{
    /// <summary>Kill a running container first (<c>docker rm -f</c>). Default false: a running container is a conflict.</summary>
    public bool Force { get; init; }

    /// <summary>Also remove its anonymous volumes (<c>docker rm -v</c>). Default false.</summary>
    public bool RemoveVolumes { get; init; }
}

public sealed partial class ContainersClient
{
    /// <summary>Removes a container (<c>DELETE /containers/{id}</c>).</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    /// <exception cref="Errors.EngineConflictException">It is running and <see cref="RemoveContainerOptions.Force"/> is false.</exception>
    public async Task RemoveAsync(string idOrName, RemoveContainerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var query = new Query().Add("force", options.Force ? true : null).Add("v", options.RemoveVolumes ? true : null);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Delete, Paths.Container(idOrName), query, null, cancellationToken).ConfigureAwait(false);
    }
}

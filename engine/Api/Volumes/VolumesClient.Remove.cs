namespace Containers.Engine.Api;

/// <summary>Options of <see cref="VolumesClient.RemoveAsync"/>.</summary>
public sealed record RemoveVolumeOptions
{
    /// <summary>
    /// The daemon's force flag (<c>docker volume rm -f</c>): forget the volume even when its driver fails to remove it.
    /// It does not remove a volume a container uses; the daemon refuses that either way. Default false.
    /// </summary>
    public bool Force { get; init; }
}

public sealed partial class VolumesClient
{
    /// <summary>Removes a volume and its data (<c>DELETE /volumes/{name}</c>).</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such volume.</exception>
    /// <exception cref="Errors.EngineConflictException">A container (running or not) uses it.</exception>
    public async Task RemoveAsync(string name, RemoveVolumeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        string path = Paths.Volume(name);
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Delete, path, new Query().Add("force", options.Force ? true : null), null, cancellationToken).ConfigureAwait(false);
    }
}

using System.Globalization;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ContainersClient.StopAsync"/> and <see cref="ContainersClient.RestartAsync"/>.</summary>
public sealed record StopContainerOptions
{
    /// <summary>Seconds to wait after the stop signal before killing; null: the container's own stop timeout (10 s by default).</summary>
    public int? TimeoutSeconds { get; init; }

    /// <summary>The signal to send (SIGTERM, 15, …); null: the container's StopSignal. Restart needs API 1.42 for it.</summary>
    public string? Signal { get; init; }
}

public sealed partial class ContainersClient
{
    /// <summary>Starts a container (<c>POST /containers/{id}/start</c>). Starting a running container is not an error.</summary>
    /// <exception cref="Errors.EngineNotFoundException">No such container.</exception>
    public Task StartAsync(string idOrName, CancellationToken cancellationToken) =>
        PostIgnoringNotModifiedAsync(Paths.Container(idOrName, "start"), null, cancellationToken);

    /// <summary>
    /// Stops a container (<c>POST /containers/{id}/stop</c>). Stopping a stopped container is not an error.
    /// A custom signal on an engine older than API 1.42 is emulated as docker stop does it: the signal, a wait of
    /// the timeout, then SIGKILL.
    /// </summary>
    public async Task StopAsync(string idOrName, StopContainerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Signal is not null && !_http.SupportsApi(1, 42))
        {
            await StopWithSignalAsync(idOrName, options, cancellationToken).ConfigureAwait(false);
            return;
        }
        await PostIgnoringNotModifiedAsync(Paths.Container(idOrName, "stop"), StopQuery(options), cancellationToken).ConfigureAwait(false);
    }

    private async Task StopWithSignalAsync(string idOrName, StopContainerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await KillAsync(idOrName, options.Signal, cancellationToken).ConfigureAwait(false);
        }
        catch (Errors.EngineConflictException)
        {
            return; // not running: already stopped
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds ?? 10));
        try
        {
            await WaitAsync(idOrName, WaitCondition.NotRunning, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await KillAsync(idOrName, null, cancellationToken).ConfigureAwait(false);
            }
            catch (Errors.EngineConflictException)
            {
                // It stopped just now.
            }
        }
    }

    /// <summary>Restarts a container (<c>POST /containers/{id}/restart</c>).</summary>
    public Task RestartAsync(string idOrName, StopContainerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PostIgnoringNotModifiedAsync(Paths.Container(idOrName, "restart"), StopQuery(options), cancellationToken);
    }

    /// <summary>Sends a signal (<c>POST /containers/{id}/kill</c>); null sends SIGKILL.</summary>
    /// <exception cref="Errors.EngineConflictException">The container is not running.</exception>
    public Task KillAsync(string idOrName, string? signal, CancellationToken cancellationToken) =>
        PostIgnoringNotModifiedAsync(Paths.Container(idOrName, "kill"), new Query().Add("signal", signal), cancellationToken);

    /// <summary>Freezes every process of a container (<c>POST /containers/{id}/pause</c>).</summary>
    /// <exception cref="Errors.EngineConflictException">Not running, or already paused.</exception>
    public Task PauseAsync(string idOrName, CancellationToken cancellationToken) =>
        PostIgnoringNotModifiedAsync(Paths.Container(idOrName, "pause"), null, cancellationToken);

    /// <summary>Thaws a paused container (<c>POST /containers/{id}/unpause</c>).</summary>
    /// <exception cref="Errors.EngineConflictException">It is not paused.</exception>
    public Task UnpauseAsync(string idOrName, CancellationToken cancellationToken) =>
        PostIgnoringNotModifiedAsync(Paths.Container(idOrName, "unpause"), null, cancellationToken);

    /// <summary>Renames a container (<c>POST /containers/{id}/rename</c>).</summary>
    /// <exception cref="Errors.EngineConflictException">The new name is taken.</exception>
    public Task RenameAsync(string idOrName, string newName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(newName))
        {
            throw new ArgumentException("The new name is empty.", nameof(newName));
        }
        return PostIgnoringNotModifiedAsync(Paths.Container(idOrName, "rename"), new Query().Add("name", newName.TrimStart('/')), cancellationToken);
    }

    private Query StopQuery(StopContainerOptions options)
    {
        if (options.Signal is not null && !_http.SupportsApi(1, 42))
        {
            throw new NotSupportedException($"Restarting with a signal needs Engine API 1.42; this engine speaks {_http.Version}.");
        }
        return new Query()
            .Add("t", options.TimeoutSeconds?.ToString(CultureInfo.InvariantCulture))
            .Add("signal", options.Signal);
    }

    // 304 Not Modified means "already in that state": done, as the docker CLI treats it.
    private async Task PostIgnoringNotModifiedAsync(string path, Query? query, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Post, path, query, null, cancellationToken).ConfigureAwait(false);
    }
}

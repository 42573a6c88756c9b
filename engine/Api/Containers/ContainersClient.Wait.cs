using Containers.Engine.Api.Wire;

namespace Containers.Engine.Api;

/// <summary>What <see cref="ContainersClient.WaitAsync"/> waits for.</summary>
public enum WaitCondition
{
    /// <summary>The container is not running (returns at once for a stopped container).</summary>
    NotRunning,
    /// <summary>The next exit from now on.</summary>
    NextExit,
    /// <summary>The container is removed.</summary>
    Removed,
}

/// <summary>How a container ended.</summary>
public sealed record ContainerExit
{
    /// <summary>The exit code of its main process.</summary>
    public required long ExitCode { get; init; }

    /// <summary>The daemon's error message when the wait itself failed; null otherwise.</summary>
    public string? Error { get; init; }
}

public sealed partial class ContainersClient
{
    /// <summary>Blocks until the container meets <paramref name="condition"/> (<c>POST /containers/{id}/wait</c>) and returns its exit code.</summary>
    public async Task<ContainerExit> WaitAsync(string idOrName, WaitCondition condition, CancellationToken cancellationToken)
    {
        string conditionText = condition switch
        {
            WaitCondition.NextExit => "next-exit",
            WaitCondition.Removed => "removed",
            _ => "not-running",
        };
        WaitResponseWire wire = await _http.SendForJsonAsync(HttpMethod.Post, Paths.Container(idOrName, "wait"), new Query().Add("condition", conditionText),
            EngineJsonContext.Default.WaitResponseWire, cancellationToken).ConfigureAwait(false);
        return new ContainerExit { ExitCode = wire.StatusCode, Error = wire.Error?.Message };
    }
}

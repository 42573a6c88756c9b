using Containers.Engine.Api.Wire;
using Containers.Engine.Specs;

namespace Containers.Engine.Api;

/// <summary>Options of <see cref="ContainersClient.UpdateAsync"/>; null leaves a setting as it is.</summary>
public sealed record UpdateContainerOptions
{
    /// <summary>Memory limit in bytes.</summary>
    public long? MemoryBytes { get; init; }

    /// <summary>Memory plus swap in bytes; -1 for unlimited swap.</summary>
    public long? MemorySwapBytes { get; init; }

    /// <summary>CPU limit in CPUs (1.5 = one and a half cores).</summary>
    public double? Cpus { get; init; }

    /// <summary>Relative CPU weight (default 1024).</summary>
    public long? CpuShares { get; init; }

    /// <summary>Most processes; -1 or 0 for unlimited.</summary>
    public long? PidsLimit { get; init; }

    /// <summary>The restart policy.</summary>
    public RestartPolicy? RestartPolicy { get; init; }
}

public sealed partial class ContainersClient
{
    /// <summary>Changes a container's resources or restart policy (<c>POST /containers/{id}/update</c>); returns the engine's warnings.</summary>
    public async Task<IReadOnlyList<string>> UpdateAsync(string idOrName, UpdateContainerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var body = new ContainerUpdateWire
        {
            Memory = options.MemoryBytes,
            MemorySwap = options.MemorySwapBytes,
            NanoCpus = options.Cpus is { } cpus ? (long)Math.Round(cpus * 1e9) : null,
            CpuShares = options.CpuShares,
            PidsLimit = options.PidsLimit,
            RestartPolicy = options.RestartPolicy is { } policy ? new RestartPolicyWire { Name = policy.Name, MaximumRetryCount = policy.MaximumRetryCount } : null,
        };
        ContainerUpdateResponseWire result = await _http.SendJsonAsync(HttpMethod.Post, Paths.Container(idOrName, "update"), null,
            body, EngineJsonContext.Default.ContainerUpdateWire, EngineJsonContext.Default.ContainerUpdateResponseWire, cancellationToken).ConfigureAwait(false);
        return result.Warnings ?? [];
    }
}

using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class SystemClient
{
    /// <summary>The engine's version (<c>GET /version</c>).</summary>
    public async Task<EngineVersion> VersionAsync(CancellationToken cancellationToken)
    {
        VersionWire wire = await _http.GetJsonAsync("version", null, EngineJsonContext.Default.VersionWire, cancellationToken).ConfigureAwait(false);
        return new EngineVersion
        {
            Version = wire.Version ?? "",
            ApiVersion = wire.ApiVersion ?? "",
            MinApiVersion = wire.MinAPIVersion ?? "",
            Os = wire.Os ?? "",
            Architecture = wire.Arch ?? "",
            KernelVersion = wire.KernelVersion ?? "",
            GitCommit = wire.GitCommit ?? "",
            GoVersion = wire.GoVersion ?? "",
            PlatformName = wire.Platform?.Name ?? "",
            // Docker lists its daemon as "Engine", Podman as "Podman Engine"; other components (containerd, runc,
            // conmon) are not the product.
            Product = wire.Components?.FirstOrDefault(c => c.Name?.Contains("Engine", StringComparison.Ordinal) == true)?.Name ?? "",
        };
    }
}

using Containers.Engine.Api.Wire;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

public sealed partial class SystemClient
{
    /// <summary>Engine-wide information (<c>GET /info</c>).</summary>
    public async Task<EngineInfo> InfoAsync(CancellationToken cancellationToken)
    {
        InfoWire wire = await _http.GetJsonAsync("info", null, EngineJsonContext.Default.InfoWire, cancellationToken).ConfigureAwait(false);
        return new EngineInfo
        {
            Id = wire.ID ?? "",
            Name = wire.Name ?? "",
            ServerVersion = wire.ServerVersion ?? "",
            OperatingSystem = wire.OperatingSystem ?? "",
            OSType = wire.OSType ?? "",
            Architecture = wire.Architecture ?? "",
            KernelVersion = wire.KernelVersion ?? "",
            CpuCount = wire.NCPU,
            MemoryBytes = wire.MemTotal,
            Containers = wire.Containers,
            ContainersRunning = wire.ContainersRunning,
            ContainersPaused = wire.ContainersPaused,
            ContainersStopped = wire.ContainersStopped,
            Images = wire.Images,
            StorageDriver = wire.Driver ?? "",
            RootDirectory = wire.DockerRootDir ?? "",
            CgroupDriver = wire.CgroupDriver ?? "",
            CgroupVersion = wire.CgroupVersion ?? "",
            DefaultRuntime = wire.DefaultRuntime ?? "",
            SwarmState = wire.Swarm?.LocalNodeState ?? "",
            Labels = wire.Labels ?? [],
            Warnings = wire.Warnings ?? [],
        };
    }
}

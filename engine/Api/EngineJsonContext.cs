using System.Text.Json.Serialization;
using Containers.Engine.Api.Wire;

namespace Containers.Engine.Api;

/// <summary>
/// Source-generated serializers for every wire shape (no reflection: the engine runs under NativeAOT
/// inside the language server). Property names match the daemon's PascalCase exactly. One list, grouped
/// by resource (the generator cannot merge attributes spread over partial declarations).
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyDictionary<string, List<string>>))]
// Containers
[JsonSerializable(typeof(List<ContainerSummaryWire>))]
[JsonSerializable(typeof(ContainerInspectWire))]
[JsonSerializable(typeof(ContainerCreateWire))]
[JsonSerializable(typeof(ContainerCreateResponseWire))]
[JsonSerializable(typeof(ContainerUpdateWire))]
[JsonSerializable(typeof(ContainerUpdateResponseWire))]
[JsonSerializable(typeof(WaitResponseWire))]
[JsonSerializable(typeof(TopWire))]
[JsonSerializable(typeof(List<ChangeWire>))]
[JsonSerializable(typeof(ContainerPruneWire))]
[JsonSerializable(typeof(PathStatWire))]
[JsonSerializable(typeof(StatsWire))]
// Exec
[JsonSerializable(typeof(ExecCreateWire))]
[JsonSerializable(typeof(ExecCreateResponseWire))]
[JsonSerializable(typeof(ExecStartWire))]
[JsonSerializable(typeof(ExecInspectWire))]
// Images
[JsonSerializable(typeof(List<ImageSummaryWire>))]
[JsonSerializable(typeof(List<ImageDeleteWire>))]
[JsonSerializable(typeof(Dictionary<string, string?>))]
[JsonSerializable(typeof(List<ImageHistoryWire>))]
[JsonSerializable(typeof(List<ImageSearchWire>))]
[JsonSerializable(typeof(CommitConfigWire))]
[JsonSerializable(typeof(IdResponseWire))]
// Volumes
[JsonSerializable(typeof(VolumeListWire))]
[JsonSerializable(typeof(VolumeWire))]
[JsonSerializable(typeof(VolumeCreateWire))]
// Networks
[JsonSerializable(typeof(List<NetworkWire>))]
[JsonSerializable(typeof(NetworkWire))]
[JsonSerializable(typeof(NetworkCreateWire))]
[JsonSerializable(typeof(NetworkCreateResponseWire))]
[JsonSerializable(typeof(NetworkConnectWire))]
[JsonSerializable(typeof(NetworkDisconnectWire))]
// Prune (images, networks, volumes)
[JsonSerializable(typeof(PruneWire))]
// Helper containers (volume item listing)
[JsonSerializable(typeof(HelperContainerCreateWire))]
// System
[JsonSerializable(typeof(VersionWire))]
[JsonSerializable(typeof(InfoWire))]
[JsonSerializable(typeof(EventWire))]
[JsonSerializable(typeof(DiskUsageWire))]
// Registry auth (X-Registry-Auth, POST /auth, credential helpers)
[JsonSerializable(typeof(AuthConfigWire))]
[JsonSerializable(typeof(Dictionary<string, AuthConfigWire>))]
[JsonSerializable(typeof(AuthResponseWire))]
[JsonSerializable(typeof(HelperCredentialsWire))]
// Swarm (swarm, services, tasks, nodes)
[JsonSerializable(typeof(SwarmWire))]
[JsonSerializable(typeof(SwarmInitWire))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<ServiceWire>))]
[JsonSerializable(typeof(ServiceWire))]
[JsonSerializable(typeof(ServiceSpecWire))]
[JsonSerializable(typeof(ServiceCreateResponseWire))]
[JsonSerializable(typeof(ServiceUpdateResponseWire))]
[JsonSerializable(typeof(List<TaskWire>))]
[JsonSerializable(typeof(List<NodeWire>))]
[JsonSerializable(typeof(NodeWire))]
// JSON message streams (pull, push, build, load, import)
[JsonSerializable(typeof(JsonMessageWire))]
internal sealed partial class EngineJsonContext : JsonSerializerContext;

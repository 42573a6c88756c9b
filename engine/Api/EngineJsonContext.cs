using System.Text.Json.Serialization;
using Containers.Engine.Api.Wire;

namespace Containers.Engine.Api;

/// <summary>
/// Source-generated serializers for every wire shape (no reflection: the engine runs under NativeAOT
/// inside the language server). Property names match the daemon's PascalCase exactly.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<ContainerSummaryWire>))]
[JsonSerializable(typeof(List<ImageSummaryWire>))]
[JsonSerializable(typeof(VolumeListWire))]
[JsonSerializable(typeof(VersionWire))]
[JsonSerializable(typeof(InfoWire))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, List<string>>))]
internal sealed partial class EngineJsonContext : JsonSerializerContext;

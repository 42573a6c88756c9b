using System.Text.Json.Serialization;

namespace Containers.LanguageServer.Protocol;

/// <summary>
/// Source-generated JSON metadata for the <c>containers/*</c> requests (<see cref="ContainersRequests"/>), combined
/// with <see cref="LspJsonContext"/> in its options: the explorer's types stay apart from the Dockerfile features'.
/// </summary>
[JsonSerializable(typeof(ContainerItem[]))]
[JsonSerializable(typeof(ImageItem[]))]
[JsonSerializable(typeof(VolumeItem[]))]
[JsonSerializable(typeof(NetworkItem[]))]
[JsonSerializable(typeof(ContextItem[]))]
[JsonSerializable(typeof(ContainerActionParams))]
[JsonSerializable(typeof(ObjectParams))]
[JsonSerializable(typeof(InspectResult))]
[JsonSerializable(typeof(UseContextParams))]
[JsonSerializable(typeof(ChangedParams))]
[JsonSerializable(typeof(BuildImageParams))]
[JsonSerializable(typeof(BuildImageResult))]
[JsonSerializable(typeof(BuildProgressParams))]
[JsonSerializable(typeof(ImageHistoryParams))]
[JsonSerializable(typeof(ImageLayerItem[]))]
[JsonSerializable(typeof(StreamStatsParams))]
[JsonSerializable(typeof(StreamStatsResult))]
[JsonSerializable(typeof(StatsSampleParams))]
[JsonSerializable(typeof(StopStatsParams))]
[JsonSerializable(typeof(RunImageParams))]
[JsonSerializable(typeof(RunImageResult))]
[JsonSerializable(typeof(TagImageParams))]
[JsonSerializable(typeof(PushImageParams))]
[JsonSerializable(typeof(PushImageResult))]
[JsonSerializable(typeof(PushProgressParams))]
[JsonSerializable(typeof(VolumeFilesParams))]
[JsonSerializable(typeof(VolumeFileItem[]))]
[JsonSerializable(typeof(VolumeFileContent))]
[JsonSerializable(typeof(LintFilesParams))]
[JsonSerializable(typeof(LintFileResult[]))]
internal sealed partial class ContainersJsonContext : JsonSerializerContext;

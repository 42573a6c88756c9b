using System.Text.Json;
using Containers.LanguageServer.Protocol;
using PolyType;
using StreamJsonRpc;

namespace Containers.LanguageServer.Explorer;

/// <summary>
/// The <c>containers/*</c> requests (<see cref="ContainersRequests"/>), a second RPC target next to
/// <see cref="Server.ILanguageServer"/> so the explorer and the Dockerfile features evolve apart. Registered like
/// the main contract (<see cref="Server.RpcContract"/>).
/// </summary>
[JsonRpcContract]
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public partial interface IContainersExplorer
{
    [JsonRpcMethod(ContainersRequests.ListContainers, UseSingleObjectParameterDeserialization = true)]
    Task<ContainerItem[]> ListContainersAsync(JsonElement parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.ListImages, UseSingleObjectParameterDeserialization = true)]
    Task<ImageItem[]> ListImagesAsync(JsonElement parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.ListVolumes, UseSingleObjectParameterDeserialization = true)]
    Task<VolumeItem[]> ListVolumesAsync(JsonElement parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.ListNetworks, UseSingleObjectParameterDeserialization = true)]
    Task<NetworkItem[]> ListNetworksAsync(JsonElement parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.ListContexts, UseSingleObjectParameterDeserialization = true)]
    Task<ContextItem[]> ListContextsAsync(JsonElement parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.ContainerAction, UseSingleObjectParameterDeserialization = true)]
    Task ContainerActionAsync(ContainerActionParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.Remove, UseSingleObjectParameterDeserialization = true)]
    Task RemoveAsync(ObjectParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.Inspect, UseSingleObjectParameterDeserialization = true)]
    Task<InspectResult> InspectAsync(ObjectParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.BuildImage, UseSingleObjectParameterDeserialization = true)]
    Task<BuildImageResult> BuildImageAsync(BuildImageParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.UseContext, UseSingleObjectParameterDeserialization = true)]
    Task UseContextAsync(UseContextParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.ImageHistory, UseSingleObjectParameterDeserialization = true)]
    Task<ImageLayerItem[]> ImageHistoryAsync(ImageHistoryParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.StreamStats, UseSingleObjectParameterDeserialization = true)]
    Task<StreamStatsResult> StreamStatsAsync(StreamStatsParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.StopStats, UseSingleObjectParameterDeserialization = true)]
    Task StopStatsAsync(StopStatsParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.RunImage, UseSingleObjectParameterDeserialization = true)]
    Task<RunImageResult> RunImageAsync(RunImageParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.TagImage, UseSingleObjectParameterDeserialization = true)]
    Task TagImageAsync(TagImageParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.PushImage, UseSingleObjectParameterDeserialization = true)]
    Task<PushImageResult> PushImageAsync(PushImageParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.ListVolumeFiles, UseSingleObjectParameterDeserialization = true)]
    Task<VolumeFileItem[]> ListVolumeFilesAsync(VolumeFilesParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.ReadVolumeFile, UseSingleObjectParameterDeserialization = true)]
    Task<VolumeFileContent> ReadVolumeFileAsync(VolumeFilesParams parameters, CancellationToken cancellationToken);

    [JsonRpcMethod(ContainersRequests.LintFiles, UseSingleObjectParameterDeserialization = true)]
    Task<LintFileResult[]> LintFilesAsync(LintFilesParams parameters, CancellationToken cancellationToken);
}

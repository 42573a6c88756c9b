namespace Containers.LanguageServer.Protocol;

/// <summary>
/// The custom <c>containers/*</c> methods the VS Code extension's explorer uses (issue #10/#11), mirrored name
/// for name in vscode-extension/src/protocol.ts. Requests take one params object (an empty one for lists).
/// </summary>
public static class ContainersRequests
{
    /// <summary>Every container, stopped ones too: <see cref="ContainerItem"/>[].</summary>
    public const string ListContainers = "containers/listContainers";

    /// <summary>Every image: <see cref="ImageItem"/>[].</summary>
    public const string ListImages = "containers/listImages";

    /// <summary>Every volume: <see cref="VolumeItem"/>[].</summary>
    public const string ListVolumes = "containers/listVolumes";

    /// <summary>Every network: <see cref="NetworkItem"/>[].</summary>
    public const string ListNetworks = "containers/listNetworks";

    /// <summary>The docker CLI's contexts, "default" first: <see cref="ContextItem"/>[].</summary>
    public const string ListContexts = "containers/listContexts";

    /// <summary>Start, stop or restart a container: <see cref="ContainerActionParams"/> → null.</summary>
    public const string ContainerAction = "containers/containerAction";

    /// <summary>Remove a container, image, volume or network: <see cref="ObjectParams"/> → null.</summary>
    public const string Remove = "containers/remove";

    /// <summary>The daemon's inspect JSON of one object: <see cref="ObjectParams"/> → <see cref="InspectResult"/>.</summary>
    public const string Inspect = "containers/inspect";

    /// <summary>Point the server at another context (this session only; config.json is not written): <see cref="UseContextParams"/> → null.</summary>
    public const string UseContext = "containers/useContext";

    /// <summary>Build an image from a Dockerfile: <see cref="BuildImageParams"/> → <see cref="BuildImageResult"/>; progress as <see cref="BuildProgress"/>.</summary>
    public const string BuildImage = "containers/buildImage";

    /// <summary>Notification from the server while a build runs (<see cref="BuildProgressParams"/>).</summary>
    public const string BuildProgress = "containers/buildProgress";

    /// <summary>Notification from the server: objects of one kind changed (<see cref="ChangedParams"/>).</summary>
    public const string Changed = "containers/changed";

    /// <summary>An image's layers, newest first: <see cref="ImageHistoryParams"/> → <see cref="ImageLayerItem"/>[].</summary>
    public const string ImageHistory = "containers/imageHistory";

    /// <summary>Stream a container's resource use: <see cref="StreamStatsParams"/> → <see cref="StreamStatsResult"/> when it stops; samples as <see cref="StatsSample"/>.</summary>
    public const string StreamStats = "containers/streamStats";

    /// <summary>End a stats stream (its <see cref="StreamStats"/> request answers): <see cref="StopStatsParams"/> → null.</summary>
    public const string StopStats = "containers/stopStats";

    /// <summary>Notification from the server while a stats stream runs (<see cref="StatsSampleParams"/>).</summary>
    public const string StatsSample = "containers/statsSample";

    /// <summary>Create and start a container from an image: <see cref="RunImageParams"/> → <see cref="RunImageResult"/>.</summary>
    public const string RunImage = "containers/runImage";

    /// <summary>Add a tag to an image: <see cref="TagImageParams"/> → null.</summary>
    public const string TagImage = "containers/tagImage";

    /// <summary>Push an image to its registry: <see cref="PushImageParams"/> → <see cref="PushImageResult"/>; progress as <see cref="PushProgress"/>.</summary>
    public const string PushImage = "containers/pushImage";

    /// <summary>Notification from the server while a push runs (<see cref="PushProgressParams"/>).</summary>
    public const string PushProgress = "containers/pushProgress";

    /// <summary>The entries of a directory in a volume: <see cref="VolumeFilesParams"/> → <see cref="VolumeFileItem"/>[].</summary>
    public const string ListVolumeFiles = "containers/listVolumeFiles";

    /// <summary>The start of a file in a volume: <see cref="VolumeFilesParams"/> → <see cref="VolumeFileContent"/>.</summary>
    public const string ReadVolumeFile = "containers/readVolumeFile";

    /// <summary>Analyse Dockerfiles on disk: <see cref="LintFilesParams"/> → <see cref="LintFileResult"/>[].</summary>
    public const string LintFiles = "containers/lintFiles";
}

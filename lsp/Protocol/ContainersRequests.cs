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
}

namespace Containers.Infrastructure;

/// <summary>
/// Every error id the module writes, declared once. PowerShell appends the cmdlet's type name, so users
/// see e.g. <c>ContainerNotFound,Containers.GetContainerCommand</c> in FullyQualifiedErrorId.
/// </summary>
internal static class ErrorIds
{
    public const string EngineUnreachable = nameof(EngineUnreachable);
    public const string EngineTlsFailed = nameof(EngineTlsFailed);
    public const string ContextExists = nameof(ContextExists);
    public const string ContextInUse = nameof(ContextInUse);
    public const string InvalidDockerHost = nameof(InvalidDockerHost);
    public const string ContainerNotFound = nameof(ContainerNotFound);
    public const string ContainerIdAmbiguous = nameof(ContainerIdAmbiguous);
    public const string ContainerNotRunning = nameof(ContainerNotRunning);
    public const string ImageNotFound = nameof(ImageNotFound);
    public const string CredentialStoreFailed = nameof(CredentialStoreFailed);
    public const string NotLoggedIn = nameof(NotLoggedIn);
    public const string RegistrySearchUnsupported = nameof(RegistrySearchUnsupported);
    public const string ImageInUse = nameof(ImageInUse);
    public const string BuildFailed = nameof(BuildFailed);
    public const string VolumeNotFound = nameof(VolumeNotFound);
    public const string VolumeInUse = nameof(VolumeInUse);
    public const string VolumeExists = nameof(VolumeExists);
    public const string VolumeItemNotFound = nameof(VolumeItemNotFound);
    public const string HelperImageNotFound = nameof(HelperImageNotFound);
    public const string NetworkNotFound = nameof(NetworkNotFound);
    public const string NetworkInUse = nameof(NetworkInUse);
    public const string NetworkExists = nameof(NetworkExists);
    public const string NetworkIsPredefined = nameof(NetworkIsPredefined);
    public const string NetworkConnectFailed = nameof(NetworkConnectFailed);
    public const string ContextNotFound = nameof(ContextNotFound);
    public const string EngineConflict = nameof(EngineConflict);
    public const string EngineAuthenticationFailed = nameof(EngineAuthenticationFailed);
    public const string EngineError = nameof(EngineError);
    public const string NotSupportedByEngine = nameof(NotSupportedByEngine);
    public const string InvalidArgument = nameof(InvalidArgument);
    public const string FileExists = nameof(FileExists);
    public const string PathNotFound = nameof(PathNotFound);
    public const string CopyFailed = nameof(CopyFailed);
    public const string UnsafeArchiveEntry = nameof(UnsafeArchiveEntry);
    public const string TerminalRequired = nameof(TerminalRequired);
    public const string DockerfileUnreadable = nameof(DockerfileUnreadable);
    public const string DockerfileUnwritable = nameof(DockerfileUnwritable);
    public const string SwarmNotManager = nameof(SwarmNotManager);
    public const string ServiceNotFound = nameof(ServiceNotFound);
    public const string ServiceExists = nameof(ServiceExists);
    public const string NodeNotFound = nameof(NodeNotFound);
    public const string SwarmAlreadyJoined = nameof(SwarmAlreadyJoined);
    public const string SwarmNotJoined = nameof(SwarmNotJoined);
}

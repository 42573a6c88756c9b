namespace Containers.LanguageServer.Server;

/// <summary>The LSP lifecycle: requests are only served between initialize and shutdown.</summary>
public enum ServerState
{
    NotInitialized,
    Initialized,
    ShutDown,
}

using Containers.Engine.Errors;
using Containers.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Containers.LanguageServer.Explorer;

/// <summary>
/// Turns engine exceptions into JSON-RPC errors with <see cref="ContainersErrorCodes"/> and the engine's own
/// message, so the extension can show "Cannot connect to the Docker engine at unix:///…" as it is.
/// </summary>
internal static class EngineRpcErrors
{
    public static LocalRpcException ToRpc(Exception exception) => exception switch
    {
        // A Dockerfile or context that is not there is the caller's mistake, reported before any engine call.
        FileNotFoundException or DirectoryNotFoundException => Error((int)JsonRpcErrorCode.InvalidParams, exception.Message),
        EngineUnreachableException e => Error(ContainersErrorCodes.EngineUnreachable, e.Message),
        EngineNotFoundException e => Error(ContainersErrorCodes.NotFound, e.Message),
        EngineConflictException e => Error(ContainersErrorCodes.Conflict, e.Message),
        EngineException e => Error(ContainersErrorCodes.EngineError, e.Message),
        ArgumentException e => Error(ContainersErrorCodes.EngineError, e.Message),
        InvalidDataException e => Error(ContainersErrorCodes.EngineError, e.Message),
        _ => Error(ContainersErrorCodes.EngineError, exception.Message),
    };

    /// <summary>True for the failures that an error answer describes well (everything else is a server bug and is logged).</summary>
    public static bool IsExpected(Exception exception) =>
        exception is EngineException or ArgumentException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException;

    private static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };
}

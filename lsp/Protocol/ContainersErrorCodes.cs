namespace Containers.LanguageServer.Protocol;

/// <summary>
/// JSON-RPC error codes of the <c>containers/*</c> requests, in the range JSON-RPC leaves to servers
/// (-32099…-32000) and clear of the codes LSP uses there. The message is the engine's own, naming the endpoint.
/// </summary>
public static class ContainersErrorCodes
{
    /// <summary>No engine answers at the resolved endpoint (the tree shows the message).</summary>
    public const int EngineUnreachable = -32050;

    /// <summary>The object does not exist (any more).</summary>
    public const int NotFound = -32051;

    /// <summary>The engine refused because of the object's state (running, in use, …).</summary>
    public const int Conflict = -32052;

    /// <summary>Any other answer the engine refused with; also a context that cannot be resolved.</summary>
    public const int EngineError = -32053;
}

namespace Containers.LanguageServer.Protocol;

/// <summary>JSON-RPC error codes the LSP specification defines beyond JSON-RPC's own.</summary>
public static class LspErrorCodes
{
    /// <summary>A request arrived before <c>initialize</c>.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>The params are not valid for the method (JSON-RPC InvalidParams).</summary>
    public const int InvalidParams = -32602;

    /// <summary>A request arrived after <c>shutdown</c> (JSON-RPC InvalidRequest).</summary>
    public const int InvalidRequest = -32600;
}

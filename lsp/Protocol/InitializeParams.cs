using System.Text.Json;

namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>InitializeParams</c>: the parts the server reads; everything else is ignored.</summary>
public sealed record InitializeParams
{
    /// <summary>The client's process id; null when it has none.</summary>
    public int? ProcessId { get; init; }

    /// <summary>Who the client is, for the log.</summary>
    public ClientInfo? ClientInfo { get; init; }

    /// <summary>The client's capabilities, read once here (STYLE.md lsp/ "Capabilities are read once").</summary>
    public JsonElement? Capabilities { get; init; }

    /// <summary>Options from the client; unused so far.</summary>
    public JsonElement? InitializationOptions { get; init; }
}

/// <summary>LSP <c>clientInfo</c>.</summary>
public sealed record ClientInfo(string Name, string? Version);

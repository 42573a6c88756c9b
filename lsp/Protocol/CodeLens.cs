using System.Text.Json.Serialization;

namespace Containers.LanguageServer.Protocol;

/// <summary>LSP <c>CodeLens</c> (resolved: the command is always there).</summary>
public sealed record CodeLens(LspRange Range, Command Command);

/// <summary>LSP <c>Command</c> (<c>command</c> on the wire); <see cref="Arguments"/> are strings here (a document URI and a stage name).</summary>
public sealed record Command(string Title, [property: JsonPropertyName("command")] string CommandName, IReadOnlyList<string>? Arguments);

/// <summary>LSP <c>CodeLensOptions</c>.</summary>
public sealed record CodeLensOptions(bool ResolveProvider);

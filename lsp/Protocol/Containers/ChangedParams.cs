namespace Containers.LanguageServer.Protocol;

/// <summary>
/// Params of the <c>containers/changed</c> notification.
/// </summary>
/// <param name="Kind">containers, images, volumes, networks, contexts, or engine (the connection itself came or went: refresh everything).</param>
/// <param name="Error">For kind engine: why the engine cannot be reached now; null once it is back.</param>
public sealed record ChangedParams(string Kind, string? Error = null);

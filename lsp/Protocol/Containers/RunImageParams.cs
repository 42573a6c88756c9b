namespace Containers.LanguageServer.Protocol;

/// <summary>Params of <c>containers/runImage</c>: <c>docker run -d [--name Name] Image [Command…]</c>.</summary>
/// <param name="Image">The image id or reference (it must exist locally: the explorer only offers local images).</param>
/// <param name="Name">The container's name; null or empty: the engine makes one up.</param>
/// <param name="Command">The command (argv); null or empty: the image's CMD.</param>
public sealed record RunImageParams(string Image, string? Name, IReadOnlyList<string>? Command);

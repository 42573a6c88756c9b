namespace Containers.LanguageServer.Protocol;

/// <summary>Result of <c>containers/runImage</c>.</summary>
/// <param name="Id">The new container's id.</param>
/// <param name="Warnings">What the engine warned about when creating it.</param>
public sealed record RunImageResult(string Id, IReadOnlyList<string> Warnings);

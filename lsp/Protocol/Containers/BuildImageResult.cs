namespace Containers.LanguageServer.Protocol;

/// <summary>Result of <c>containers/buildImage</c>.</summary>
/// <param name="ImageId">The built image (<c>sha256:…</c>).</param>
/// <param name="Steps">How many steps the Dockerfile had.</param>
public sealed record BuildImageResult(string ImageId, int Steps);

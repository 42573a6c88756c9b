namespace Containers.LanguageServer.Protocol;

/// <summary>Params of <c>containers/buildImage</c>: <c>docker build -f Dockerfile -t Tag Context</c> (classic builder).</summary>
/// <param name="BuildId">The client's name for this build; <c>containers/buildProgress</c> notifications carry it.</param>
/// <param name="Dockerfile">The Dockerfile's file system path (not a URI).</param>
/// <param name="Context">The build context directory.</param>
/// <param name="Tag">The name for the built image (<c>name:tag</c>); null or empty: untagged.</param>
/// <param name="Target">The stage to build (<c>--target</c>); null or empty: the last stage.</param>
public sealed record BuildImageParams(string BuildId, string Dockerfile, string Context, string? Tag, string? Target = null);

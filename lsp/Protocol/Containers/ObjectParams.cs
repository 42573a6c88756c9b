namespace Containers.LanguageServer.Protocol;

/// <summary>Params of <c>containers/remove</c> and <c>containers/inspect</c>.</summary>
/// <param name="Kind">container, image, volume or network.</param>
/// <param name="Id">Its id or name (an image also by reference).</param>
/// <param name="Force">Remove only: a running container is killed first (<c>docker rm -f</c>), an image with several tags or stopped users goes anyway (<c>docker rmi -f</c>).</param>
public sealed record ObjectParams(string Kind, string Id, bool Force = false);

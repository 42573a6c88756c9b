namespace Containers.LanguageServer.Protocol;

/// <summary>
/// Params of <c>containers/pushImage</c>: <c>docker push Reference</c> with the login the docker CLI would use
/// (config.json, credential helpers); progress as <c>containers/pushProgress</c>.
/// </summary>
/// <param name="PushId">The client's name for this push; progress notifications carry it.</param>
/// <param name="Reference">repository[:tag] (tag latest when absent).</param>
public sealed record PushImageParams(string PushId, string Reference);

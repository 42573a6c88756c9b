namespace Containers.LanguageServer.Protocol;

/// <summary>Params of <c>containers/containerAction</c>.</summary>
/// <param name="Id">Container id or name.</param>
/// <param name="Action">start, stop or restart.</param>
public sealed record ContainerActionParams(string Id, string Action);

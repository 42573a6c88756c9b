namespace Containers.LanguageServer.Protocol;

/// <summary>Params of <c>containers/useContext</c>.</summary>
/// <param name="Name">A context name; null or empty goes back to what the docker CLI would use.</param>
public sealed record UseContextParams(string? Name);

namespace Containers.LanguageServer.Protocol;

/// <summary>Params of <c>containers/imageHistory</c>.</summary>
/// <param name="Image">An image id or reference.</param>
public sealed record ImageHistoryParams(string Image);

namespace Containers.LanguageServer.Protocol;

/// <summary>Params of <c>containers/tagImage</c>: <c>docker tag Source Target</c>.</summary>
/// <param name="Source">The image id or reference.</param>
/// <param name="Target">The new reference (repository[:tag], tag latest when absent).</param>
public sealed record TagImageParams(string Source, string Target);

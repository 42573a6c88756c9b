namespace Containers.LanguageServer.Protocol;

/// <summary>Result of <c>containers/readVolumeFile</c>.</summary>
/// <param name="Text">The file's start as UTF-8 text (invalid bytes replaced).</param>
/// <param name="Size">The file's full size in bytes.</param>
/// <param name="Truncated">True when the file is larger than what <paramref name="Text"/> holds.</param>
/// <param name="Binary">True when the start holds NUL bytes (likely not text).</param>
public sealed record VolumeFileContent(string Text, long Size, bool Truncated, bool Binary);

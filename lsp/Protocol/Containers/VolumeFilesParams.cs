namespace Containers.LanguageServer.Protocol;

/// <summary>Params of <c>containers/listVolumeFiles</c> and <c>containers/readVolumeFile</c>.</summary>
/// <param name="Volume">The volume's name.</param>
/// <param name="Path">A path inside the volume ("" or "/" for its root); a directory to list, a file to read.</param>
public sealed record VolumeFilesParams(string Volume, string? Path);

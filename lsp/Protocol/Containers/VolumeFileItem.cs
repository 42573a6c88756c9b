namespace Containers.LanguageServer.Protocol;

/// <summary>One entry directly under the listed directory of a volume.</summary>
/// <param name="Name">Its name (no slash).</param>
/// <param name="Type">file, directory, symlink or other (devices, fifos).</param>
/// <param name="Size">Bytes (a directory: the sum of the files below it).</param>
/// <param name="Modified">Last modification, UTC.</param>
/// <param name="Mode">Permission bits (0o755 …).</param>
/// <param name="LinkTarget">A symlink's target; null otherwise.</param>
public sealed record VolumeFileItem(string Name, string Type, long Size, DateTimeOffset Modified, int Mode, string? LinkTarget);

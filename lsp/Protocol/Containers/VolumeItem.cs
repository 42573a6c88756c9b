namespace Containers.LanguageServer.Protocol;

/// <summary>One volume (a row of <c>docker volume ls</c>).</summary>
/// <param name="Name">Its name.</param>
/// <param name="Driver">Its volume driver (local, …).</param>
/// <param name="Mountpoint">Where its data lives on the engine's host.</param>
/// <param name="Scope">local or global.</param>
/// <param name="Created">Creation time, UTC; null when the driver does not say.</param>
/// <param name="ComposeProject">The <c>com.docker.compose.project</c> label; null outside compose.</param>
public sealed record VolumeItem(
    string Name,
    string Driver,
    string Mountpoint,
    string Scope,
    DateTimeOffset? Created,
    string? ComposeProject);

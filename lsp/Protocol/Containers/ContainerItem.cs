namespace Containers.LanguageServer.Protocol;

/// <summary>One container as the explorer shows it (a row of <c>docker ps -a</c>).</summary>
/// <param name="Id">Full id.</param>
/// <param name="Name">Name without the leading slash.</param>
/// <param name="Image">The image as the user named it.</param>
/// <param name="Command">The command line it runs, as docker ps shows it.</param>
/// <param name="State">created, restarting, running, removing, paused, exited or dead.</param>
/// <param name="Status">The daemon's status text ("Up 5 minutes", "Exited (0) 2 hours ago").</param>
/// <param name="Created">Creation time, UTC.</param>
/// <param name="Ports">Published and exposed ports as docker ps prints them ("0.0.0.0:8080->80/tcp").</param>
/// <param name="ComposeProject">The <c>com.docker.compose.project</c> label; null outside compose.</param>
/// <param name="ComposeService">The <c>com.docker.compose.service</c> label; null outside compose.</param>
public sealed record ContainerItem(
    string Id,
    string Name,
    string Image,
    string Command,
    string State,
    string Status,
    DateTimeOffset Created,
    IReadOnlyList<string> Ports,
    string? ComposeProject,
    string? ComposeService);

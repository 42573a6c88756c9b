using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Server;

/// <summary>
/// Keeps CopyIgnoredFile findings current when a .dockerignore changes while its Dockerfile does not: a client that
/// can watch files for the server (<see cref="ClientCapabilities.FileWatchRegistration"/>, as VS Code does) is asked to
/// report .dockerignore files, and a change re-publishes the open Dockerfiles of that folder, or asks a client that
/// pulls to pull again. <see cref="DockerIgnoreFiles"/> reads the new rules at that analysis. Without such a client
/// the next edit of the Dockerfile picks them up.
/// </summary>
public sealed class DockerIgnoreWatch
{
    public const string RegistrationId = "containers.dockerignore";

    private readonly DiagnosticsPublisher _publisher;
    private readonly Func<RegistrationParams, Task> _register;
    private readonly ServerLog _log;

    /// <param name="publisher">Re-publishes the affected documents.</param>
    /// <param name="register">Sends <c>client/registerCapability</c> and completes with the client's answer.</param>
    /// <param name="log">Where a refused registration is reported.</param>
    public DockerIgnoreWatch(DiagnosticsPublisher publisher, Func<RegistrationParams, Task> register, ServerLog log)
    {
        _publisher = publisher;
        _register = register;
        _log = log;
    }

    /// <summary>Asks <paramref name="client"/> to watch .dockerignore files, if it can; called once, after <c>initialized</c>.</summary>
    public async Task StartAsync(ClientCapabilities client)
    {
        if (!client.FileWatchRegistration)
        {
            return;
        }

        // Both names DockerIgnoreFiles reads: .dockerignore, and <Dockerfile name>.dockerignore (BuildKit prefers it).
        var watch = new Registration(
            RegistrationId,
            "workspace/didChangeWatchedFiles",
            new DidChangeWatchedFilesRegistrationOptions([new FileWatcher("**/.dockerignore"), new FileWatcher("**/*.dockerignore")]));
        try
        {
            await _register(new RegistrationParams([watch])).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            _log.Error($"the client did not watch .dockerignore files: {e.Message}");
        }
    }

    /// <summary>Re-publishes the open documents beside each .dockerignore in <paramref name="parameters"/>.</summary>
    public void Changed(DidChangeWatchedFilesParams parameters)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in parameters.Changes ?? [])
        {
            if (Folder(change.Uri) is { } folder && change.Uri.EndsWith(".dockerignore", StringComparison.Ordinal))
            {
                folders.Add(folder);
            }
        }

        if (folders.Count > 0)
        {
            _publisher.ScheduleWhere(uri => Folder(uri) is { } folder && folders.Contains(folder));
        }
    }

    // The local folder of a file: URI; null for anything else.
    private static string? Folder(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetDirectoryName(parsed.LocalPath) : null;
}

using Containers.Engine.Connection;
using Containers.LanguageServer.Protocol;
using Containers.LanguageServer.Server;

namespace Containers.LanguageServer.Explorer;

/// <summary>
/// Watches the docker CLI's configuration folder (DOCKER_CONFIG, else ~/.docker): <c>docker context create/rm/use</c>
/// write <c>contexts/meta/*/meta.json</c> and <c>config.json</c>, and the Contexts tree must follow without a refresh.
/// When <c>currentContext</c> changes and the explorer has not picked a context itself, the connection moves to the new
/// one, as the next docker command would. File events come in bursts: one notification per burst.
/// </summary>
public sealed class ContextStoreWatcher : IDisposable
{
    // Editors and the CLI write a file in several steps (truncate, write, rename): wait for the burst to end.
    private static readonly TimeSpan s_settle = TimeSpan.FromMilliseconds(200);

    private readonly EngineSession _session;
    private readonly Func<ChangedParams, Task> _notify;
    private readonly ServerLog _log;
    private readonly object _gate = new();
    // Made with the first event: a Timer's first use sets up the runtime's timer queue (0.5 ms), and the server is
    // built before it answers initialize, most often for a client that never opens the Contexts tree.
    private Timer? _timer;
    private FileSystemWatcher? _watcher;
    private string? _currentContext;
    private bool _started;
    private bool _disposed;

    public ContextStoreWatcher(EngineSession session, Func<ChangedParams, Task> notify, ServerLog log)
    {
        _session = session;
        _notify = notify;
        _log = log;
    }

    /// <summary>Starts watching unless it already does. Never throws: without a watcher the tree still refreshes by hand.</summary>
    public void EnsureStarted()
    {
        lock (_gate)
        {
            if (_started || _disposed)
            {
                return;
            }
            _started = true;
            _currentContext = CurrentContext();
            Watch(ContextStore.FromEnvironment().ConfigDirectory);
        }
    }

    // The folder may not exist yet (no docker command ran): then watch its parent until it appears.
    private void Watch(string directory)
    {
        try
        {
            FileSystemWatcher watcher;
            if (Directory.Exists(directory))
            {
                watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true };
                watcher.Changed += (_, e) => OnEvent(e.FullPath, directory);
                watcher.Created += (_, e) => OnEvent(e.FullPath, directory);
                watcher.Deleted += (_, e) => OnEvent(e.FullPath, directory);
                watcher.Renamed += (_, e) => OnEvent(e.FullPath, directory);
            }
            else
            {
                string parent = Path.GetDirectoryName(Path.GetFullPath(directory)) ?? "/";
                watcher = new FileSystemWatcher(parent, Path.GetFileName(directory)) { NotifyFilter = NotifyFilters.DirectoryName };
                watcher.Created += (_, _) => Restart(directory);
                watcher.Renamed += (_, _) => Restart(directory);
            }
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            _log.Error($"contexts: cannot watch {directory}: {e.Message}");
        }
    }

    private void Restart(string directory)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _watcher?.Dispose();
            Watch(directory);
        }
        Schedule();
    }

    private void OnEvent(string path, string directory)
    {
        string relative = Path.GetRelativePath(directory, path);
        if (relative == "config.json" || relative.StartsWith("contexts", StringComparison.Ordinal))
        {
            Schedule();
        }
    }

    private void Schedule()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _timer ??= new Timer(_ => _ = OnSettledAsync(), null, Timeout.Infinite, Timeout.Infinite);
                _timer.Change(s_settle, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private async Task OnSettledAsync()
    {
        try
        {
            string? current = CurrentContext();
            bool moved;
            lock (_gate)
            {
                moved = current != _currentContext;
                _currentContext = current;
            }
            if (moved && _session.ContextOverride is null)
            {
                // docker context use: the engine changes under the explorer; the event watcher announces it (kind engine).
                _log.Info($"contexts: the current context is now '{current ?? DockerContext.DefaultName}'");
                _session.UseContext(null);
            }
            await _notify(new ChangedParams(ChangeKinds.Contexts)).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // A half-written config.json, a context that vanished: the next change tries again.
            _log.Error($"contexts: {e.Message}");
        }
    }

    private string? CurrentContext()
    {
        try
        {
            return _session.Resolve().ContextName;
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _watcher?.Dispose();
            _timer?.Dispose();
        }
    }
}

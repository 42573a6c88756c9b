namespace Containers.Tests;

/// <summary>
/// Puts a test's own folder first on this process's PATH, for programs the code under test finds on PATH (ssh, the
/// docker-credential-* helpers). Test classes run in parallel and PATH is process-wide, so undoing must remove only the
/// folder that was added: restoring a copy of PATH taken earlier would also drop folders other tests added meanwhile
/// (that is how a credential helper once went missing while an ssh test ended).
/// </summary>
public static class ProcessPath
{
    private static readonly object Lock = new();

    /// <summary>Prepends <paramref name="folder"/> (once per call) until the result is disposed.</summary>
    public static IDisposable Prepend(string folder)
    {
        lock (Lock)
        {
            Environment.SetEnvironmentVariable("PATH", folder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"));
        }
        return new Removal(folder);
    }

    private sealed class Removal(string folder) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            lock (Lock)
            {
                if (_disposed)
                {
                    return;
                }
                _disposed = true;
                List<string> entries = [.. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)];
                // The first occurrence is the one this call added; a folder also listed by someone else stays.
                entries.Remove(folder);
                Environment.SetEnvironmentVariable("PATH", string.Join(Path.PathSeparator, entries));
            }
        }
    }
}

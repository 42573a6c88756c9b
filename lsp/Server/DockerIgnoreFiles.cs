using System.Collections.Concurrent;
using Containers.Engine.Dockerfile.Analysis;

namespace Containers.LanguageServer.Server;

/// <summary>
/// The .dockerignore files next to open Dockerfiles, read for BuildKit's CopyIgnoredFile check. A Dockerfile with a
/// file: URI is taken to be built with its own directory as the context (what <c>docker build .</c> beside it does), so
/// its ignore file is <c>&lt;Dockerfile name&gt;.dockerignore</c> there if it exists (BuildKit prefers it), else
/// <c>.dockerignore</c>. Each analysis looks at the file's last write time and length and re-reads it only when they changed, so an
/// edited .dockerignore counts from the next analysis. No file, an unreadable or malformed one, a URI that is not a
/// file (<c>untitled:</c>): no rules, and the check reports nothing. Safe to use from several threads.
/// </summary>
public sealed class DockerIgnoreFiles
{
    private readonly ConcurrentDictionary<string, Entry> _read = new(StringComparer.Ordinal);
    private readonly ServerLog? _log;

    /// <param name="log">Where a .dockerignore that cannot be read is mentioned (debug level); null for none.</param>
    public DockerIgnoreFiles(ServerLog? log = null) => _log = log;

    /// <summary>The rules of the .dockerignore that applies to the Dockerfile at <paramref name="documentUri"/>; null when there are none.</summary>
    public DockerIgnoreRules? For(string documentUri)
    {
        if (!Uri.TryCreate(documentUri, UriKind.Absolute, out var uri) || !uri.IsFile)
        {
            return null;
        }

        try
        {
            var dockerfile = uri.LocalPath;
            var directory = Path.GetDirectoryName(dockerfile);
            if (string.IsNullOrEmpty(directory) || DockerIgnoreRules.FileFor(dockerfile, directory) is not { } found)
            {
                return null;
            }

            var file = new FileInfo(found);

            // The length too: a rewrite within the file system's time resolution keeps the time but rarely the length.
            var path = file.FullName;
            var stamp = (file.LastWriteTimeUtc, file.Length);
            if (_read.TryGetValue(path, out var entry) && entry.Stamp == stamp)
            {
                return entry.Rules;
            }

            DockerIgnoreRules? rules;
            try
            {
                rules = DockerIgnoreRules.Parse(File.ReadAllText(path));
            }
            catch (FormatException e)
            {
                // BuildKit fails such a build before any check; the editor just has no rules to check with.
                _log?.Debug($"{path}: {e.Message}");
                rules = null;
            }

            _read[path] = new Entry(stamp, rules);
            return rules;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            _log?.Debug($"no .dockerignore for {documentUri}: {e.Message}");
            return null;
        }
    }

    private sealed record Entry((DateTime Written, long Length) Stamp, DockerIgnoreRules? Rules);
}

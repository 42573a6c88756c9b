using Containers.Engine.Errors;
using Containers.Engine.Models;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

public sealed partial class ContainersClient
{
    /// <summary>
    /// Copies a path of a container to the host, with docker cp's rules: into <paramref name="hostPath"/> when it is an
    /// existing directory, else as <paramref name="hostPath"/> (whose parent must exist); a source ending in <c>/.</c>
    /// copies a directory's contents. Extraction goes through <see cref="SafeTarExtractor"/>: nothing is ever written
    /// outside the destination, whatever the container prepared; refused entries are listed in the result.
    /// </summary>
    /// <exception cref="EngineNotFoundException">No such container, or no such path in it.</exception>
    /// <exception cref="DirectoryNotFoundException">The host destination's parent does not exist.</exception>
    /// <exception cref="IOException">A directory cannot replace a file (or the reverse), or the host file system failed.</exception>
    public async Task<CopyResult> CopyFromContainerAsync(string idOrName, string containerPath, string hostPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostPath);
        (string source, bool contentsOnly) = SplitContents(containerPath);
        ContainerArchive archive = await GetArchiveAsync(idOrName, source, cancellationToken).ConfigureAwait(false);
        await using (archive.ConfigureAwait(false))
        {
            string destination = Path.GetFullPath(hostPath);
            string target;
            if (contentsOnly)
            {
                if (!archive.Stat.IsDirectory)
                {
                    throw new IOException($"'{source}' in the container is not a directory, so it has no contents to copy.");
                }
                Directory.CreateDirectory(destination);
                target = destination;
            }
            else if (Directory.Exists(destination))
            {
                target = Path.Join(destination, archive.Stat.Name);
            }
            else
            {
                string parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(destination)) ?? destination;
                if (!Directory.Exists(parent))
                {
                    throw new DirectoryNotFoundException($"The destination's directory '{parent}' does not exist.");
                }
                if (archive.Stat.IsDirectory && File.Exists(destination))
                {
                    throw new IOException($"Cannot copy the directory '{source}' onto the file '{destination}'.");
                }
                target = destination;
            }
            try
            {
                return await SafeTarExtractor.ExtractAsync(archive.Content, archive.Stat.Name, target, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException || (e is IOException && e.InnerException is System.Net.Sockets.SocketException))
            {
                throw EngineErrorMapper.FromTransport(_http.Endpoint, e);
            }
        }
    }

    /// <summary>
    /// Copies a host file or directory into a container, with docker cp's rules: into <paramref name="containerPath"/>
    /// when it is an existing directory, else as that path (its parent must exist); a source ending in <c>/.</c> copies
    /// a directory's contents. The tar is written into the request as the tree is walked.
    /// </summary>
    /// <exception cref="FileNotFoundException">The host source does not exist.</exception>
    /// <exception cref="EngineNotFoundException">No such container, or the destination's directory does not exist in it.</exception>
    public async Task<CopyResult> CopyToContainerAsync(string idOrName, string hostPath, string containerPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostPath);
        (string destination, _) = SplitContents(containerPath);
        bool contentsOnly = hostPath.EndsWith("/.", StringComparison.Ordinal) || hostPath.EndsWith("\\.", StringComparison.Ordinal);
        string source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentsOnly ? hostPath[..^2] : hostPath));
        bool sourceIsDirectory = Directory.Exists(source);
        if (!sourceIsDirectory && !File.Exists(source) && new FileInfo(source).LinkTarget is null)
        {
            throw new FileNotFoundException($"'{hostPath}' does not exist.", hostPath);
        }
        ContainerPathStat? existing;
        try
        {
            existing = await StatPathAsync(idOrName, destination, cancellationToken).ConfigureAwait(false);
        }
        catch (EngineNotFoundException)
        {
            // The container itself must exist: a missing container is the caller's error, a missing path is a new name.
            await InspectAsync(idOrName, cancellationToken).ConfigureAwait(false);
            existing = null;
        }
        string directory;
        string? rootName;
        if (existing is { IsDirectory: true })
        {
            directory = destination;
            rootName = contentsOnly ? null : Path.GetFileName(source);
        }
        else
        {
            if (existing is not null && sourceIsDirectory)
            {
                throw new IOException($"Cannot copy the directory '{hostPath}' onto the file '{destination}' in the container.");
            }
            int slash = destination.TrimEnd('/').LastIndexOf('/');
            directory = slash <= 0 ? "/" : destination[..slash];
            rootName = destination.TrimEnd('/')[(slash + 1)..];
        }
        await PutArchiveAsync(idOrName, directory, new PutArchiveOptions(), (stream, ct) => TarPacker.WriteAsync(stream, source, rootName, ct), cancellationToken).ConfigureAwait(false);
        return new CopyResult { Destination = rootName is null ? directory : (directory.TrimEnd('/') + "/" + rootName) };
    }

    // "/data/." means the contents of /data (docker cp's rule); the archive endpoint is asked for /data itself.
    private static (string Path, bool ContentsOnly) SplitContents(string containerPath)
    {
        if (containerPath.EndsWith("/.", StringComparison.Ordinal))
        {
            string trimmed = containerPath[..^2];
            return (trimmed.Length == 0 ? "/" : trimmed, true);
        }
        return (containerPath.Length > 1 ? containerPath.TrimEnd('/') : containerPath, false);
    }
}

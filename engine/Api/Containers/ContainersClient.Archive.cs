using System.Globalization;
using System.Net;
using System.Text.Json;
using Containers.Engine.Api.Wire;
using Containers.Engine.Errors;
using Containers.Engine.Models;

namespace Containers.Engine.Api;

/// <summary>A tar archive of a path in a container, from <see cref="ContainersClient.GetArchiveAsync"/>.</summary>
public sealed class ContainerArchive : IAsyncDisposable
{
    internal ContainerArchive(ContainerPathStat stat, Stream content)
    {
        Stat = stat;
        Content = content;
    }

    /// <summary>What the path is (its name is the archive's root entry).</summary>
    public ContainerPathStat Stat { get; }

    /// <summary>The tar stream, read as it arrives. Dispose the archive to close it.</summary>
    public Stream Content { get; }

    /// <summary>Closes the stream and its connection.</summary>
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>Options of <see cref="ContainersClient.PutArchiveAsync"/>.</summary>
public sealed record PutArchiveOptions
{
    /// <summary>Fail instead of replacing a directory by a non-directory or the reverse (the API's noOverwriteDirNonDir). Default true, as docker cp.</summary>
    public bool NoOverwriteDirNonDir { get; init; } = true;

    /// <summary>Keep the archive's uid/gid (docker cp -a); default false: files belong to the container's root.</summary>
    public bool CopyOwnership { get; init; }
}

public sealed partial class ContainersClient
{
    /// <summary>Describes a path in a container (<c>HEAD /containers/{id}/archive</c>) without copying it.</summary>
    /// <exception cref="EngineNotFoundException">No such container, or no such path in it.</exception>
    public async Task<ContainerPathStat> StatPathAsync(string idOrName, string containerPath, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Head, Paths.Container(idOrName, "archive"), PathQuery(containerPath), null, cancellationToken).ConfigureAwait(false);
        return ReadStat(response);
    }

    /// <summary>
    /// Streams a path of a container as a tar archive (<c>GET /containers/{id}/archive</c>): the root entry is named
    /// after the path's last component. The archive is read as it arrives; nothing is buffered.
    /// </summary>
    /// <exception cref="EngineNotFoundException">No such container, or no such path in it.</exception>
    public async Task<ContainerArchive> GetArchiveAsync(string idOrName, string containerPath, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = await _http.SendAsync(HttpMethod.Get, Paths.Container(idOrName, "archive"), PathQuery(containerPath), null, cancellationToken).ConfigureAwait(false);
        try
        {
            ContainerPathStat stat = ReadStat(response);
            Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ContainerArchive(stat, new ResponseOwningStream(body, response));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Extracts a tar archive into a directory of a container (<c>PUT /containers/{id}/archive</c>). <paramref name="writeTar"/>
    /// writes the archive straight into the request as it is sent (nothing is buffered).
    /// </summary>
    /// <exception cref="EngineNotFoundException">No such container, or the directory does not exist.</exception>
    /// <exception cref="EngineApiException">The daemon refused the archive (400: not a directory; 403: read-only).</exception>
    public async Task PutArchiveAsync(string idOrName, string containerDirectory, PutArchiveOptions options, Func<Stream, CancellationToken, Task> writeTar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(writeTar);
        Query query = PathQuery(containerDirectory)
            .Add("noOverwriteDirNonDir", options.NoOverwriteDirNonDir)
            .Add("copyUIDGID", options.CopyOwnership ? true : null);
        using var content = new StreamingContent(writeTar, "application/x-tar");
        using HttpResponseMessage response = await _http.SendAsync(HttpMethod.Put, Paths.Container(idOrName, "archive"), query, content, cancellationToken).ConfigureAwait(false);
    }

    private static Query PathQuery(string containerPath)
    {
        if (string.IsNullOrEmpty(containerPath) || containerPath[0] != '/')
        {
            throw new ArgumentException($"The path in the container must be absolute: '{containerPath}'.", nameof(containerPath));
        }
        return new Query().Add("path", containerPath);
    }

    private static ContainerPathStat ReadStat(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("X-Docker-Container-Path-Stat", out IEnumerable<string>? values))
        {
            throw new EngineApiException((int)response.StatusCode, "The engine did not describe the path (no X-Docker-Container-Path-Stat header).");
        }
        byte[] json = Convert.FromBase64String(values.First());
        PathStatWire wire = JsonSerializer.Deserialize(json, EngineJsonContext.Default.PathStatWire) ?? new PathStatWire();
        return new ContainerPathStat
        {
            Name = wire.Name ?? "",
            Size = wire.Size,
            Mode = wire.Mode,
            Modified = DateTimeOffset.TryParse(wire.Mtime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time) ? time : null,
            LinkTarget = wire.LinkTarget ?? "",
        };
    }

    /// <summary>Request content written by a callback straight into the request stream.</summary>
    private sealed class StreamingContent : HttpContent
    {
        private readonly Func<Stream, CancellationToken, Task> _write;

        public StreamingContent(Func<Stream, CancellationToken, Task> write, string mediaType)
        {
            _write = write;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _write(stream, CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) => _write(stream, cancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

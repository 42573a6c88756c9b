using System.Net.Sockets;
using Containers.Engine.Connection;
using Containers.Engine.Streams;

namespace Containers.Engine.Api;

/// <summary>
/// An attach to a container's PID 1 on its hijacked connection (<see cref="ContainersClient.AttachAsync"/>): write
/// stdin, read output until the container exits or the daemon sees the detach keys, resize its TTY. Disposing
/// detaches; the container keeps running.
/// </summary>
public sealed class ContainerAttachSession : IInteractiveSession
{
    private readonly ContainersClient _client;
    private readonly DockerEndpoint _endpoint;
    private readonly HijackedStream _stream;

    internal ContainerAttachSession(ContainersClient client, DockerEndpoint endpoint, string containerId, HijackedStream stream, bool multiplexed)
    {
        _client = client;
        _endpoint = endpoint;
        _stream = stream;
        ContainerId = containerId;
        Multiplexed = multiplexed;
    }

    /// <summary>The container's full id.</summary>
    public string ContainerId { get; }

    /// <inheritdoc />
    public bool Multiplexed { get; }

    /// <inheritdoc />
    public async Task<bool> WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            await _stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The output side sees a cut too and reports it.
            return false;
        }
    }

    /// <inheritdoc />
    public async Task CloseInputAsync()
    {
        try
        {
            await _stream.ShutdownSendAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // Already gone: the output side reports a cut.
        }
    }

    /// <inheritdoc />
    public IAsyncEnumerable<OutputChunk> ReadOutputAsync(CancellationToken cancellationToken) =>
        _stream.ReadOutputAsync(Multiplexed, _endpoint, cancellationToken);

    /// <inheritdoc />
    public Task ResizeAsync(int rows, int columns, CancellationToken cancellationToken) =>
        _client.ResizeAsync(ContainerId, rows, columns, cancellationToken);

    /// <summary>Closes the connection: detaches, the container keeps running.</summary>
    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}

namespace Containers.Engine.Streams;

/// <summary>
/// A process's terminal over a hijacked connection: an exec with a TTY (<see cref="Api.ExecSession"/>) or a
/// container's PID 1 (<see cref="Api.ContainerAttachSession"/>). One writer and one reader may run at once.
/// </summary>
public interface IInteractiveSession : IAsyncDisposable
{
    /// <summary>True when output comes as stdout/stderr frames (no TTY); false for a TTY's single raw stream.</summary>
    bool Multiplexed { get; }

    /// <summary>Writes keystrokes to the process's stdin; false once the connection no longer takes input.</summary>
    Task<bool> WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>Half-closes the connection: the daemon ends the session's output and, with a TTY, leaves the process running (detach).</summary>
    Task CloseInputAsync();

    /// <summary>The process's output until the daemon closes the connection (exit or detach).</summary>
    /// <exception cref="Errors.EngineUnreachableException">The connection broke.</exception>
    IAsyncEnumerable<OutputChunk> ReadOutputAsync(CancellationToken cancellationToken);

    /// <summary>Sets the TTY's size in character cells, as a terminal window change does.</summary>
    Task ResizeAsync(int rows, int columns, CancellationToken cancellationToken);
}

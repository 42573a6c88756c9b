using System.Buffers;
using System.Runtime.InteropServices;
using Containers.Engine.Errors;
using Containers.Engine.Streams;

namespace Containers.Infrastructure;

/// <summary>
/// The console side of an interactive session (Enter-ContainerSession): keystrokes from the raw terminal to the
/// process, its output to the console, window size changes to its TTY. Runs until the daemon closes the connection
/// (exit or detach) or the connection breaks. The caller owns raw mode; this only moves bytes.
/// </summary>
internal sealed class TerminalSession
{
    // How often the reader checks whether the session is over, and the size is re-checked without a SIGWINCH.
    private const int PollMs = 100;
    private const int SizePollMs = 500;

    private readonly IInteractiveSession _session;
    private readonly DetachKeys _keys;
    private readonly TimeSpan _detachGrace;
    private volatile bool _detached;

    public TerminalSession(IInteractiveSession session, DetachKeys keys, TimeSpan detachGrace)
    {
        _session = session;
        _keys = keys;
        _detachGrace = detachGrace;
    }

    /// <summary>How the session ended: detached (the process runs on), or the connection failed, or neither (it exited).</summary>
    public readonly record struct Outcome(bool Detached, EngineException? Failure);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task input = Task.Run(() => PumpInputAsync(stop.Token), CancellationToken.None);
        Task resize = Task.Run(() => FollowWindowSizeAsync(stop.Token), CancellationToken.None);
        EngineException? failure = null;
        try
        {
            await Task.Run(() => PumpOutputAsync(cancellationToken), CancellationToken.None);
        }
        catch (EngineException e)
        {
            failure = e;
        }
        catch (Exception e) when (_detached && e is IOException or ObjectDisposedException)
        {
            // We closed the connection ourselves after the detach keys.
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(input.ContinueWith(_ => { }, TaskScheduler.Default), resize.ContinueWith(_ => { }, TaskScheduler.Default));
        }
        return new Outcome(_detached, _detached ? null : failure);
    }

    private async Task PumpOutputAsync(CancellationToken cancellationToken)
    {
        using Stream stdout = Console.OpenStandardOutput();
        using Stream stderr = Console.OpenStandardError();
        await foreach (OutputChunk chunk in _session.ReadOutputAsync(cancellationToken).ConfigureAwait(false))
        {
            Stream target = chunk.Stream is StreamKind.Stderr ? stderr : stdout;
            await target.WriteAsync(chunk.Data, cancellationToken).ConfigureAwait(false);
            await target.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PumpInputAsync(CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[4096];
        var forward = new ArrayBufferWriter<byte>(buffer.Length);
        while (!cancellationToken.IsCancellationRequested)
        {
            // Blocks this pool thread for at most PollMs: a blocking read could not be stopped and would eat the
            // first key typed at the prompt after the session.
            int read = RawTerminal.Read(buffer, PollMs);
            if (read < 0)
            {
                return;
            }
            if (read == 0)
            {
                continue;
            }
            forward.ResetWrittenCount();
            bool detach = _keys.Scan(buffer.AsSpan(0, read), forward);
            if (forward.WrittenCount > 0 && !await _session.WriteInputAsync(forward.WrittenMemory, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
            if (detach)
            {
                // As docker CLI: the keys never reach the process; a half-close makes the daemon end the output and
                // leave the process running. Should it not end the output (another engine), we close the connection.
                _detached = true;
                await _session.CloseInputAsync().ConfigureAwait(false);
                await Task.Delay(_detachGrace, cancellationToken).ConfigureAwait(false);
                await _session.DisposeAsync().ConfigureAwait(false);
                return;
            }
        }
    }

    private async Task FollowWindowSizeAsync(CancellationToken cancellationToken)
    {
        using var changed = new SemaphoreSlim(0);
        using PosixSignalRegistration? winch = OperatingSystem.IsWindows() ? null
            : PosixSignalRegistration.Create(PosixSignal.SIGWINCH, _ => changed.Release());
        (int Rows, int Columns)? sent = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (RawTerminal.WindowSize() is { } size && size != sent)
            {
                try
                {
                    await _session.ResizeAsync(size.Rows, size.Columns, cancellationToken).ConfigureAwait(false);
                    sent = size;
                }
                catch (EngineException)
                {
                    // The process just ended, or the daemon refused this size: the session goes on regardless.
                    sent = size;
                }
            }
            await changed.WaitAsync(SizePollMs, cancellationToken).ConfigureAwait(false);
        }
    }
}

using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Containers.Engine.Errors;

namespace Containers.Engine.Connection;

/// <summary>
/// One connection to an engine through <c>ssh … docker system dial-stdio</c> (issue #8): what is written goes to ssh's
/// stdin, what is read comes from its stdout, so HTTP runs over it like over a socket. One ssh process per connection,
/// as the docker CLI's commandconn does; the HTTP handler asks for a new one whenever it opens a connection. Disposing
/// kills the process. When ssh fails or the link breaks, the read or write that notices throws
/// <see cref="EngineSshException"/> quoting ssh's stderr, instead of a bare end of stream.
/// </summary>
internal sealed class SshCommandStream : Stream
{
    // Enough of ssh's stderr for its error lines; a chatty remote cannot grow it without bound (the CLI keeps 4 KiB).
    private const int MaxErrorChars = 4096;
    // How long a process whose output ended may take to exit before we stop waiting (the CLI waits 10 s too).
    private static readonly TimeSpan s_exitGrace = TimeSpan.FromSeconds(10);

    private readonly DockerEndpoint _endpoint;
    private readonly Process _process;
    private readonly Stream _stdin;
    private readonly Stream _stdout;
    private readonly StringBuilder _stderr;
    private int _disposed;

    private SshCommandStream(DockerEndpoint endpoint, Process process, StringBuilder stderr)
    {
        _endpoint = endpoint;
        _process = process;
        _stderr = stderr;
        _stdin = process.StandardInput.BaseStream;
        _stdout = process.StandardOutput.BaseStream;
    }

    /// <summary>The ssh process's id (tests check that disposing ends it).</summary>
    internal int ProcessId => _process.Id;

    /// <summary>Starts ssh for <paramref name="endpoint"/>; its stdin and stdout become the connection.</summary>
    /// <exception cref="EngineSshException">ssh could not be started (not installed, not on PATH).</exception>
    public static SshCommandStream Start(DockerEndpoint endpoint, EngineClientOptions options)
    {
        var info = new ProcessStartInfo(SshCommand.Program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (string argument in SshCommand.Arguments(endpoint, options.ConnectTimeout))
        {
            info.ArgumentList.Add(argument);
        }
        var process = new Process { StartInfo = info };
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) => OnStandardError(stderr, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new EngineSshException(endpoint, UnreachableReason.Other, null,
                $"'{SshCommand.Program}' could not be started ({e.Message}). Install an OpenSSH client and put it on PATH.", e);
        }
        process.BeginErrorReadLine();
        return new SshCommandStream(endpoint, process, stderr);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Half-closes: ssh forwards EOF to the remote side, which can still answer (stdin EOF for exec and attach).</summary>
    public void CloseStandardInput() => _stdin.Dispose();

    // SocketsHttpHandler and the hijack code only read and write asynchronously; the synchronous forms pass straight
    // through and leave the ssh diagnosis to the asynchronous ones.
    public override int Read(byte[] buffer, int offset, int count) => _stdout.Read(buffer, offset, count);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await _stdout.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (Volatile.Read(ref _disposed) == 0)
        {
            throw await FailureAsync(e).ConfigureAwait(false) ?? throw new EngineSshException(_endpoint, UnreachableReason.ConnectionLost, null, StandardError(), e);
        }
        if (read == 0 && !buffer.IsEmpty && Volatile.Read(ref _disposed) == 0 && await FailureAsync(null).ConfigureAwait(false) is { } failure)
        {
            // ssh closed its stdout because it failed (could not connect, log in, or the link broke): say why.
            throw failure;
        }
        return read;
    }

    public override void Write(byte[] buffer, int offset, int count) => _stdin.Write(buffer, offset, count);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            await _stdin.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (Volatile.Read(ref _disposed) == 0)
        {
            // A broken pipe: ssh has exited. Its stderr says why.
            throw await FailureAsync(e).ConfigureAwait(false) ?? throw new EngineSshException(_endpoint, UnreachableReason.ConnectionLost, null, StandardError(), e);
        }
    }

    public override void Flush() => _stdin.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _stdin.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            try
            {
                _stdin.Dispose();
            }
            catch (IOException)
            {
                // Already gone with the process.
            }
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill();
                    _process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill.
            }
            _stdout.Dispose();
            _process.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>
    /// Waits for ssh to exit after its output ended. A clean exit (0) is a plain end of stream and gives null; anything
    /// else becomes the error naming ssh's exit code and stderr.
    /// </summary>
    private async Task<EngineSshException?> FailureAsync(Exception? inner)
    {
        using var grace = new CancellationTokenSource(s_exitGrace);
        try
        {
            await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return new EngineSshException(_endpoint, UnreachableReason.ConnectionLost, null,
                Join(StandardError(), $"ssh closed the connection but did not exit within {s_exitGrace.TotalSeconds:0} s"), inner);
        }
        catch (InvalidOperationException)
        {
            // Disposed concurrently: nothing left to report.
            return null;
        }
        if (_process.ExitCode == 0)
        {
            return null;
        }
        string error = StandardError();
        return new EngineSshException(_endpoint, EngineSshException.Classify(error, UnreachableReason.ConnectionLost), _process.ExitCode, error, inner);
    }

    private static string Join(string first, string second) => first.Length == 0 ? second : $"{first}; {second}";

    private static void OnStandardError(StringBuilder stderr, string? line)
    {
        // ssh announces every host key it adds to a known_hosts file; that is not part of any failure.
        if (line is null || line.StartsWith("Warning: Permanently added", StringComparison.Ordinal))
        {
            return;
        }
        lock (stderr)
        {
            if (stderr.Length > MaxErrorChars)
            {
                stderr.Remove(0, stderr.Length - MaxErrorChars);
            }
            stderr.Append(line).Append('\n');
        }
    }

    private string StandardError()
    {
        lock (_stderr)
        {
            return _stderr.ToString().Trim().Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
        }
    }
}

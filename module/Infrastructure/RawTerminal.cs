using System.Runtime.InteropServices;

namespace Containers.Infrastructure;

/// <summary>
/// The host's terminal in raw mode for an interactive session (Enter-ContainerSession), Unix only. .NET has no raw
/// mode: Console.TreatControlCAsInput only clears ISIG, and Console.OpenStandardInput is line-buffered on a terminal.
/// So this does what docker CLI's moby/term does: tcgetattr, cfmakeraw, tcsetattr on stdin, and restores the saved
/// settings on dispose (every exit path disposes it). Keystrokes are read from fd 0 with poll() and a short timeout,
/// so the reader stops when asked and never swallows a key typed at the prompt after the session.
/// </summary>
internal sealed class RawTerminal : IDisposable
{
    private const int StdinFd = 0;
    private const int StdoutFd = 1;
    private const int TcsaNow = 0;
    private const short PollIn = 0x1;
    private const short PollErrHupNval = 0x8 | 0x10 | 0x20;
    private const int Eintr = 4;
    private const int Eagain = 11;

    // termios is opaque to us (its layout differs between Linux and macOS); 256 bytes hold either.
    private readonly byte[] _saved = new byte[256];
    private bool _restored;

    private RawTerminal()
    {
        if (tcgetattr(StdinFd, _saved) != 0)
        {
            throw new InvalidOperationException($"The terminal's settings cannot be read (errno {Marshal.GetLastPInvokeError()}).");
        }
        byte[] raw = (byte[])_saved.Clone();
        cfmakeraw(raw);
        if (tcsetattr(StdinFd, TcsaNow, raw) != 0)
        {
            throw new InvalidOperationException($"The terminal cannot be put in raw mode (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

    /// <summary>True where raw mode is implemented and both stdin and stdout are a terminal.</summary>
    public static bool IsAvailable =>
        !OperatingSystem.IsWindows() && !Console.IsInputRedirected && !Console.IsOutputRedirected;

    /// <summary>Saves the terminal's settings and switches it to raw mode (no echo, no line editing, no signals).</summary>
    /// <exception cref="PlatformNotSupportedException">On Windows.</exception>
    /// <exception cref="InvalidOperationException">stdin is not a terminal.</exception>
    public static RawTerminal Enter() =>
        OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException("Raw terminal mode is implemented for Linux and macOS only.") : new RawTerminal();

    /// <summary>The window's size in character cells, asked of the terminal itself (never a cached value); null if unknown.</summary>
    public static (int Rows, int Columns)? WindowSize()
    {
        ulong request = OperatingSystem.IsMacOS() ? 0x40087468UL : 0x5413UL; // TIOCGWINSZ
        var size = new WinSize();
        if (ioctl(StdoutFd, request, ref size) == 0 && size.Rows > 0 && size.Columns > 0)
        {
            return (size.Rows, size.Columns);
        }
        try
        {
            return Console.WindowHeight > 0 && Console.WindowWidth > 0 ? (Console.WindowHeight, Console.WindowWidth) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads what the user typed into <paramref name="buffer"/>: waits up to <paramref name="timeoutMs"/> for input.
    /// Returns the byte count, 0 when nothing came in time, -1 when stdin is closed or failed.
    /// </summary>
    public static int Read(byte[] buffer, int timeoutMs)
    {
        var fds = new[] { new PollFd { Fd = StdinFd, Events = PollIn } };
        int ready = poll(fds, 1, timeoutMs);
        if (ready < 0)
        {
            return Marshal.GetLastPInvokeError() == Eintr ? 0 : -1;
        }
        if (ready == 0)
        {
            return 0;
        }
        if ((fds[0].Revents & PollIn) == 0 && (fds[0].Revents & PollErrHupNval) != 0)
        {
            return -1;
        }
        nint count = read(StdinFd, buffer, buffer.Length);
        if (count < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            return errno is Eintr or Eagain ? 0 : -1;
        }
        return count == 0 ? -1 : (int)count;
    }

    /// <summary>Restores the settings saved on entry; idempotent.</summary>
    public void Dispose()
    {
        if (_restored)
        {
            return;
        }
        _restored = true;
        _ = tcsetattr(StdinFd, TcsaNow, _saved);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct WinSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort XPixels;
        public ushort YPixels;
    }

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code; these signatures marshal blittably anyway.
    [DllImport("libc", SetLastError = true)]
    private static extern int tcgetattr(int fd, byte[] termios);

    [DllImport("libc", SetLastError = true)]
    private static extern int tcsetattr(int fd, int optionalActions, byte[] termios);

    [DllImport("libc")]
    private static extern void cfmakeraw(byte[] termios);

    [DllImport("libc", SetLastError = true)]
    private static extern int poll([In, Out] PollFd[] fds, nuint count, int timeoutMs);

    [DllImport("libc", SetLastError = true)]
    private static extern nint read(int fd, byte[] buffer, nint count);

    [DllImport("libc", SetLastError = true)]
    private static extern int ioctl(int fd, ulong request, ref WinSize size);
#pragma warning restore SYSLIB1054
}

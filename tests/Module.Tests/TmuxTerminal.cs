using System.Diagnostics;
using Containers.Tests;

namespace Containers.Module.Tests;

/// <summary>
/// A real terminal for interactive cmdlets: pwsh with the built module, started in a detached tmux session on a
/// private tmux server (its own socket, so parallel runs never meet). Keys go in with send-keys, the screen comes
/// back with capture-pane; nothing is simulated. tools/bootstrap.sh installs tmux.
/// </summary>
internal sealed class TmuxTerminal : IDisposable
{
    // A bound on waiting for text to appear, not a timing assertion: pwsh's start under load takes seconds.
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(60);

    private readonly string _socket = "ct-" + Guid.NewGuid().ToString("N")[..12];

    public TmuxTerminal(int columns, int rows)
    {
        string pwsh = FindPwsh();
        // "; sleep" keeps the pane (and what it shows) if pwsh dies, so a crash is visible in the capture.
        Tmux("new-session", "-d", "-s", "t", "-x", columns.ToString(), "-y", rows.ToString(),
            $"'{pwsh}' -NoProfile -NoLogo; echo PWSH-ENDED; sleep 3600");
        Tmux("set-option", "-t", "t", "history-limit", "5000");
        WaitFor("PS ");
        Type($"Import-Module '{RepoPaths.ModuleManifest}'");
        Type("'module' + '-loaded'");
        WaitFor("module-loaded");
    }

    /// <summary>The pane's terminal device on the host (/dev/pts/N).</summary>
    public string PaneTty => Tmux("display-message", "-p", "-t", "t", "#{pane_tty}").Trim();

    /// <summary>Types a line and presses Enter.</summary>
    public void Type(string line)
    {
        Tmux("send-keys", "-t", "t", "-l", line);
        Tmux("send-keys", "-t", "t", "Enter");
    }

    /// <summary>
    /// Types a line that ends the interactive session and waits for pwsh's next prompt: keys typed before it would go
    /// to the ended session (as with docker exec -it).
    /// </summary>
    public void TypeAndWaitForPrompt(string line)
    {
        int prompts = Occurrences(Screen(), "PS /");
        Type(line);
        WaitFor("PS /", prompts + 1);
    }

    /// <summary>
    /// Types a line that starts an interactive session and waits for the shell's own prompt. Keys typed before the
    /// session has the terminal are read ahead by PSReadLine (it keeps reading while the command starts) and reach
    /// pwsh's next prompt instead of the shell: the same happens to <c>docker exec -it</c> run from pwsh.
    /// </summary>
    public void TypeAndWaitForShell(string line, string shellPrompt = "/ # ")
    {
        int prompts = Occurrences(Screen(), shellPrompt);
        Type(line);
        WaitFor(shellPrompt, prompts + 1);
    }

    /// <summary>
    /// Types <paramref name="line"/> again, a moment apart, until <paramref name="text"/> appears: for state that
    /// reaches the other side asynchronously (a window resize travels SIGWINCH → the daemon's resize call → the pty),
    /// where asking once right after the change would race it. Returns the screen.
    /// </summary>
    public string TypeUntil(string line, string text)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Type(line);
            Thread.Sleep(500);
            string screen = Screen();
            if (Occurrences(screen, text) > 0)
            {
                return screen;
            }
            if (clock.Elapsed > s_wait)
            {
                throw new Xunit.Sdk.XunitException($"'{text}' did not appear on the terminal after typing '{line}' for {s_wait.TotalSeconds} s; it shows:\n{screen}");
            }
        }
    }

    /// <summary>Presses keys by tmux name (C-c, C-p…).</summary>
    public void Keys(params string[] keys) => Tmux(["send-keys", "-t", "t", .. keys]);

    public void Resize(int columns, int rows) => Tmux("resize-window", "-t", "t", "-x", columns.ToString(), "-y", rows.ToString());

    /// <summary>The screen and its scrollback, as text.</summary>
    public string Screen() => Tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "t");

    /// <summary>Waits until <paramref name="text"/> appears <paramref name="count"/> times on the screen; returns the screen.</summary>
    public string WaitFor(string text, int count = 1)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            string screen = Screen();
            if (Occurrences(screen, text) >= count)
            {
                return screen;
            }
            if (clock.Elapsed > s_wait)
            {
                throw new Xunit.Sdk.XunitException($"'{text}' did not appear {count}x on the terminal; it shows:\n{screen}");
            }
            Thread.Sleep(100);
        }
    }

    public static int Occurrences(string screen, string text)
    {
        int count = 0;
        for (int at = screen.IndexOf(text, StringComparison.Ordinal); at >= 0; at = screen.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    /// <summary>The terminal's settings as stty -g prints them, read from outside pwsh.</summary>
    public string SttySettings() => Run("stty", "-F", PaneTty, "-g").Trim();

    public void Dispose()
    {
        try
        {
            Tmux("kill-server");
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private string Tmux(params string[] args) => Run(["tmux", "-L", _socket, .. args]);

    private static string Run(params string[] args)
    {
        var info = new ProcessStartInfo(args[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }
        using Process process = Process.Start(info) ?? throw new InvalidOperationException(args[0] + " did not start");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? stdout.GetAwaiter().GetResult()
            : throw new InvalidOperationException($"{string.Join(' ', args)} exited {process.ExitCode}: {stderr.Trim()}");
    }

    public static string FindPwsh()
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools")))
        {
            string candidate = Path.Combine(dir, "pwsh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("pwsh is not on PATH (source tools/bootstrap.sh).");
    }
}

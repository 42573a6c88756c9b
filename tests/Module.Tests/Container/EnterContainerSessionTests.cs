using System.Diagnostics;
using Containers.Tests;

namespace Containers.Module.Tests.Container;

/// <summary>
/// Enter-ContainerSession (issue #6) in a real terminal: pwsh with the module inside tmux, keys sent with send-keys,
/// the screen read with capture-pane. Shell-only syntax (${0##*/}, $$) proves a line ran in the container, not in
/// pwsh; docker (top, inspect) is the oracle for what is left running.
/// </summary>
public sealed class EnterContainerSessionTests : IDisposable
{
    private readonly TestObjects _objects = new();

    public void Dispose() => _objects.Dispose();

    [Fact]
    public void ShellGetsATerminalThatFollowsTheWindowTakesCtrlCAndExitLeavesTheConsoleAsItWas()
    {
        string id = _objects.StartRunning("shell", "--network", "none");
        using var terminal = new TmuxTerminal(100, 30);
        string before = terminal.SttySettings();

        terminal.Type("try { Enter-ContainerSession ct-no-such-container -ErrorAction Stop } catch { 'fqid=' + $_.FullyQualifiedErrorId }");
        terminal.WaitFor("fqid=ContainerNotFound,Containers.EnterContainerSessionCommand");

        terminal.TypeAndWaitForShell($"Enter-ContainerSession {_objects.Name("shell")}");
        terminal.Type("echo \"in-sh:${0##*/}:$(hostname)\"");
        terminal.WaitFor($"in-sh:sh:{id[..12]}");
        terminal.Type("tty");
        Assert.Matches(@"(?m)^/dev/pts/\d+\s*$", terminal.WaitFor("/dev/pts/"));
        terminal.Resize(77, 21);
        terminal.TypeUntil("stty size", "21 77");
        // Ctrl+C interrupts the container's sleep, not the cmdlet: the shell answers afterwards.
        terminal.Type("sleep 300");
        // Ctrl+C pressed before the shell has started the sleep would interrupt the shell's line reading instead.
        WaitUntilRunning(id, "sleep 300");
        terminal.Keys("C-c");
        terminal.Type("echo \"still-in-sh:${0##*/}\"");
        terminal.WaitFor("still-in-sh:sh");
        terminal.TypeAndWaitForPrompt("exit 7");
        terminal.Type("\"code=$LASTEXITCODE\"");
        terminal.WaitFor("code=7");

        Assert.Equal(before, terminal.SttySettings());
        // Output post-processing is back (no stair-stepped lines) and typed text is echoed.
        terminal.Type("1..3 | ForEach-Object { \"row$_\" }");
        string screen = terminal.WaitFor("row3");
        Assert.Matches(@"(?m)^row1\s*\r?\n^row2\s*\r?\n^row3\s*$", screen);
        Assert.Contains("1..3 | ForEach-Object", screen);
    }

    [Fact]
    public void DetachKeysLeaveTheExecRunning()
    {
        string id = _objects.StartRunning("detach", "--network", "none");
        using var terminal = new TmuxTerminal(100, 30);
        string before = terminal.SttySettings();
        terminal.TypeAndWaitForShell($"Enter-ContainerSession {_objects.Name("detach")}");
        terminal.Type("echo \"ready:${0##*/}\"");
        terminal.WaitFor("ready:sh");
        terminal.Type("sleep 777");
        WaitUntilRunning(id, "sleep 777");
        terminal.Keys("C-p", "C-q");
        terminal.WaitFor($"Detached from container '{_objects.Name("detach")}'");
        Assert.Contains("sleep 777", DockerCli.Run("top", id));
        Assert.Equal(before, terminal.SttySettings());
        terminal.Type("'prompt' + '-works'");
        terminal.WaitFor("prompt-works");
    }

    [Fact]
    public void AttachConnectsToPid1AndCustomDetachKeysLeaveItRunningUntilItExits()
    {
        string id = DockerCli.Run("run", "-dit", "--name", _objects.Name("attach"), "--label", _objects.Label, "--network", "none", TestObjects.Image, "sh");
        using var terminal = new TmuxTerminal(100, 30);
        terminal.Type($"Enter-ContainerSession {_objects.Name("attach")} -Attach -DetachKeys ctrl-a,d");
        // PID 1's shell printed its prompt before the attach, so there is no new prompt to wait for: type until the
        // shell answers (a copy PSReadLine read ahead only echoes in pwsh later; it runs no native command).
        terminal.TypeUntil("echo \"pid:$$\"", "pid:1");
        terminal.Keys("C-a", "d");
        terminal.WaitFor("Detached from container");
        Assert.Equal("true", DockerCli.Run("inspect", "-f", "{{.State.Running}}", id));

        terminal.Type($"Enter-ContainerSession -Attach -Id {id}");
        terminal.TypeUntil("echo \"back:$$\"", "back:1");
        terminal.TypeAndWaitForPrompt("exit 4");
        terminal.Type("\"attach-code=$LASTEXITCODE\"");
        terminal.WaitFor("attach-code=4");
        Assert.Equal("false 4", DockerCli.Run("inspect", "-f", "{{.State.Running}} {{.State.ExitCode}}", id));
    }

    [Fact]
    public void WithoutATerminalItRefusesAndBadDetachKeysAreInvalidArguments()
    {
        var info = new ProcessStartInfo(TmuxTerminal.FindPwsh()) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in (string[])["-NoProfile", "-NonInteractive", "-Command", $$"""
            Import-Module '{{RepoPaths.ModuleManifest}}'
            try { Enter-ContainerSession whatever -DetachKeys 'ctrl-!' } catch { 'fqid=' + $_.FullyQualifiedErrorId }
            try { Enter-ContainerSession whatever } catch { 'fqid=' + $_.FullyQualifiedErrorId }
            """])
        {
            info.ArgumentList.Add(arg);
        }
        using Process process = Process.Start(info)!;
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(
            ["fqid=InvalidArgument,Containers.EnterContainerSessionCommand", "fqid=TerminalRequired,Containers.EnterContainerSessionCommand"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Waits until <c>docker top</c> lists <paramref name="command"/> in the container (bounded at 60 s).</summary>
    private static void WaitUntilRunning(string id, string command)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!DockerCli.Run("top", id).Contains(command, StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"'{command}' never ran in the container");
            Thread.Sleep(100);
        }
    }
}

using System.Diagnostics;

namespace Containers.Tests;

/// <summary>
/// Runs a program a fixture needs (a tools/*.sh setup script, ssh-keygen) to the end and returns its stdout. A failure
/// throws with the program's stderr in the message, so a fixture that cannot start its engine fails the tests with the
/// reason instead of hanging or skipping.
/// </summary>
public static class ToolProcess
{
    /// <summary>Runs <paramref name="program"/>; <paramref name="failure"/> opens the message when it fails.</summary>
    public static string Run(string program, TimeSpan timeout, string failure, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        string command = $"{Path.GetFileName(program)} {string.Join(' ', args)}";
        using Process process = Process.Start(info) ?? throw new InvalidOperationException($"{failure}: {command} did not start");
        // Both pipes are drained at once: a script that fills stderr while we wait on stdout would never end.
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{failure}: {command} did not finish in {timeout.TotalSeconds:0} s");
        }
        string output = stdout.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{failure}: {command} exited {process.ExitCode}: {stderr.GetAwaiter().GetResult().Trim()}");
        }
        return output;
    }

    /// <summary>"could not be started" / "could not be stopped" after a fixture's name, from the script's verb.</summary>
    public static string Failure(string subject, string verb) => $"{subject} could not be {(verb == "start" ? "started" : "stopped")}";
}

using System.Diagnostics;

namespace Containers.Tests;

/// <summary>
/// The docker CLI on the machine, used as the oracle: tests compare what our engine and cmdlets report with
/// what the CLI reports, and prepare fixtures through it so the code under test never grades itself.
/// </summary>
internal static class DockerCli
{
    /// <summary>Runs docker with <paramref name="args"/>; returns stdout trimmed; throws with stderr on a non-zero exit.</summary>
    public static string Run(params string[] args) => Run(null, args);

    public static string Run(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        if (environment is not null)
        {
            foreach ((string key, string value) in environment)
            {
                info.Environment[key] = value;
            }
        }
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("docker did not start");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"docker {string.Join(' ', args)} did not finish in 120 s");
        }
        string output = stdout.GetAwaiter().GetResult();
        string error = stderr.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker {string.Join(' ', args)} exited {process.ExitCode}: {error.Trim()}");
        }
        return output.Trim();
    }

    public static string[] Lines(params string[] args) =>
        Run(args).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

using System.Diagnostics;

namespace Containers.Tests;

/// <summary>Runs the machine's openssl: the tests make their certificates with it, as admins do for dockerd.</summary>
internal static class Openssl
{
    public static void Run(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("openssl") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("openssl did not start");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"openssl {string.Join(' ', args)} exited {process.ExitCode}: {error.Trim()}");
        }
    }

    /// <summary>A self-signed CA: <paramref name="name"/>.pem and <paramref name="name"/>-key.pem.</summary>
    public static void MakeCa(string directory, string name, string commonName) =>
        Run(directory, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + "-key.pem", "-out", name + ".pem",
            "-days", "2", "-subj", "/CN=" + commonName);

    /// <summary>A certificate signed by the CA <paramref name="ca"/>: <paramref name="cert"/> and <paramref name="key"/>.</summary>
    public static void MakeSigned(string directory, string ca, string cert, string key, string commonName, string extensions)
    {
        string ext = cert + ".ext";
        File.WriteAllText(Path.Combine(directory, ext), extensions + "\n");
        Run(directory, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert + ".csr", "-subj", "/CN=" + commonName);
        Run(directory, "x509", "-req", "-in", cert + ".csr", "-CA", ca + ".pem", "-CAkey", ca + "-key.pem", "-CAcreateserial",
            "-out", cert, "-days", "2", "-extfile", ext);
    }
}

using System.Net;
using System.Net.Sockets;

namespace Containers.Tests;

/// <summary>
/// A private OpenSSH server on 127.0.0.1 (issue #8), started by tools/ssh-server.sh, whose sessions reach the local
/// engine through <c>docker system dial-stdio</c> exactly as a remote host would. The test makes two client keys: one
/// authorised, one not. ssh is pointed at a key with a wrapper named <c>ssh</c> put first on PATH that runs the real
/// ssh with <c>-F</c> and a config of this fixture (key, no agent, known hosts in the temp folder): the engine and the
/// docker CLI run "whatever ssh is on PATH", so both pick it up with no test-only knobs in the code under test.
/// A class fixture: when sshd cannot be started the fixture throws and every test of the class FAILS, never skips.
/// </summary>
public sealed class SshServer : IDisposable
{
    private readonly string _script = Path.Combine(RepoPaths.Root, "tools", "ssh-server.sh");

    public SshServer()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("ct-ssh-").FullName;
        Keygen("id_good");
        Keygen("id_wrong");
        File.Copy(Path.Combine(Directory, "id_good.pub"), Path.Combine(Directory, "authorized_keys"));
        WriteClient("good", "id_good");
        WriteClient("wrong", "id_wrong");
        Port = FreePort();
        Start();
    }

    /// <summary>The temp folder: keys, configs, sshd's log (sshd.log).</summary>
    public string Directory { get; }

    public int Port { get; }

    /// <summary>The login: the user the tests run as (root here), as users write it in the URL.</summary>
    public static string User => Environment.UserName;

    /// <summary>ssh://user@127.0.0.1:PORT.</summary>
    public string Url => $"ssh://{User}@127.0.0.1:{Port}";

    /// <summary>
    /// Puts the ssh wrapper using the authorised key (or, with <paramref name="authorised"/> false, the other one) first
    /// on this process's PATH until disposed. Children (ssh, the docker CLI) inherit it.
    /// </summary>
    public IDisposable UseKey(bool authorised = true)
    {
        return ProcessPath.Prepend(Path.Combine(Directory, authorised ? "bin-good" : "bin-wrong"));
    }

    /// <summary>Kills sshd and every session it serves, as a host that goes down would; <see cref="Start"/> brings it back.</summary>
    public void Stop() => RunScript("stop", Directory);

    public void Start() => RunScript("start", Directory, Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The pids of ssh client processes running now whose command line targets this server's port.</summary>
    public IReadOnlyList<int> SshClientProcesses()
    {
        var pids = new List<int>();
        foreach (string dir in System.IO.Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out int pid))
            {
                continue;
            }
            try
            {
                string[] argv = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
                if (argv.Length > 0 && Path.GetFileName(argv[0]) == "ssh" && argv.Contains("dial-stdio") && argv.Contains(Port.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                {
                    pids.Add(pid);
                }
            }
            catch (IOException)
            {
                // Exited while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return pids;
    }

    public void Dispose()
    {
        try
        {
            Stop();
        }
        finally
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private void Keygen(string name) =>
        Run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "containers-test-" + name, "-f", Path.Combine(Directory, name));

    // A config of our own instead of ~/.ssh/config (ssh reads that from the passwd home, not $HOME, and it is the user's).
    private void WriteClient(string name, string key)
    {
        string config = Path.Combine(Directory, $"ssh_config_{name}");
        File.WriteAllText(config, $"""
            Host *
              IdentityFile {Path.Combine(Directory, key)}
              IdentitiesOnly yes
              IdentityAgent none
              BatchMode yes
              StrictHostKeyChecking no
              UserKnownHostsFile {Path.Combine(Directory, "known_hosts")}

            """);
        string bin = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "bin-" + name)).FullName;
        string wrapper = Path.Combine(bin, "ssh");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec /usr/bin/ssh -F '{config}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void RunScript(params string[] args) => Run(_script, args);

    private static void Run(string program, params string[] args) =>
        ToolProcess.Run(program, TimeSpan.FromSeconds(300), "The ssh server fixture failed", args);
}

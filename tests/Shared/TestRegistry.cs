namespace Containers.Tests;

/// <summary>
/// The local registry of tools/ensure-registry.sh (Debian's docker-registry with htpasswd auth on 127.0.0.1:5000)
/// and a scratch DOCKER_CONFIG per test, so neither the docker CLI nor the code under test ever touches the
/// machine's own logins. Tags pushed are unique to the run; local tags made here are removed on dispose.
/// </summary>
internal sealed class TestRegistry : IDisposable
{
    public const string Address = "127.0.0.1:5000";
    public const string User = "containers-test";
    public const string Password = "containers-test-password";

    private readonly List<string> _localTags = [];

    public TestRegistry()
    {
        ConfigDirectory = Path.Combine(Path.GetTempPath(), "ct-docker-config-" + RunId);
        Directory.CreateDirectory(ConfigDirectory);
    }

    public string RunId { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>A fresh DOCKER_CONFIG folder (no config.json until someone logs in).</summary>
    public string ConfigDirectory { get; }

    public string ConfigPath => Path.Combine(ConfigDirectory, "config.json");

    /// <summary>The environment for docker CLI calls that must use the scratch config (and <paramref name="path"/> prepended to PATH).</summary>
    public Dictionary<string, string> CliEnvironment(string? path = null)
    {
        var env = new Dictionary<string, string> { ["DOCKER_CONFIG"] = ConfigDirectory };
        if (path is not null)
        {
            env["PATH"] = path + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        }
        return env;
    }

    /// <summary>Tags the test image as a reference on the registry unique to this run and returns it; removed locally on dispose.</summary>
    public string TagTestImage(string suffix)
    {
        string reference = $"{Address}/containers-test/ct-{RunId}-{suffix}:v1";
        DockerCli.Run("tag", TestObjects.Image, reference);
        _localTags.Add(reference);
        return reference;
    }

    /// <summary>Remembers a local tag the test made some other way, to remove it on dispose.</summary>
    public void Forget(string reference) => _localTags.Add(reference);

    /// <summary>Writes a docker-credential-&lt;name&gt; helper (a small Python program keeping JSON files in its folder) and returns its folder.</summary>
    public string WriteCredentialHelper(string name)
    {
        string folder = Path.Combine(ConfigDirectory, "helper-bin");
        Directory.CreateDirectory(folder);
        string program = Path.Combine(folder, "docker-credential-" + name);
        File.WriteAllText(program, """
            #!/usr/bin/env python3
            # A credential helper speaking the docker-credential-helpers protocol, keeping secrets in store.json beside it.
            import json, os, sys
            store_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "store.json")
            store = json.load(open(store_path)) if os.path.exists(store_path) else {}
            action = sys.argv[1]
            data = sys.stdin.read().strip()
            def save():
                json.dump(store, open(store_path, "w"))
            if action == "store":
                creds = json.loads(data)
                store[creds["ServerURL"]] = {"Username": creds["Username"], "Secret": creds["Secret"]}
                save()
            elif action == "get":
                if data not in store:
                    print("credentials not found in native keychain")
                    sys.exit(1)
                print(json.dumps({"ServerURL": data, **store[data]}))
            elif action == "erase":
                if data not in store:
                    print("credentials not found in native keychain")
                    sys.exit(1)
                del store[data]
                save()
            elif action == "list":
                print(json.dumps({k: v["Username"] for k, v in store.items()}))
            else:
                print("unknown action " + action)
                sys.exit(1)
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return folder;
    }

    /// <summary>What the helper of <see cref="WriteCredentialHelper"/> holds: server → user name.</summary>
    public string HelperStoreText(string folder)
    {
        string path = Path.Combine(folder, "store.json");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    public void Dispose()
    {
        foreach (string tag in _localTags)
        {
            try
            {
                DockerCli.Run("rmi", tag);
            }
            catch (InvalidOperationException)
            {
                // Already removed by the test.
            }
        }
        try
        {
            Directory.Delete(ConfigDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

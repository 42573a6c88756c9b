namespace Containers.Tests;

/// <summary>
/// Containers, volumes and names a test creates, all labelled with one run id so that cleanup removes
/// exactly this test's objects and never touches anything else on the engine.
/// </summary>
internal sealed class TestObjects : IDisposable
{
    public const string Image = "containers-test/busybox:latest";
    public const string RunLabel = "containers.test.run";

    public string RunId { get; } = Guid.NewGuid().ToString("N")[..12];

    public string Label => $"{RunLabel}={RunId}";

    /// <summary>A name unique to this run: "ct-&lt;run&gt;-&lt;suffix&gt;".</summary>
    public string Name(string suffix) => $"ct-{RunId}-{suffix}";

    /// <summary>Starts a container that keeps running (sleep) and returns its full id.</summary>
    public string StartRunning(string suffix, params string[] extraArgs) =>
        DockerCli.Run(["run", "-d", "--name", Name(suffix), "--label", Label, .. extraArgs, Image, "sleep", "3600"]);

    /// <summary>Runs a container to completion (exit <paramref name="exitCode"/>) and returns its full id.</summary>
    public string CreateExited(string suffix, int exitCode = 0)
    {
        string id = DockerCli.Run("create", "--name", Name(suffix), "--label", Label, Image, "sh", "-c", $"exit {exitCode}");
        DockerCli.Run("start", id);
        DockerCli.Run("wait", id);
        return id;
    }

    /// <summary>Creates a container without starting it and returns its full id.</summary>
    public string CreateOnly(string suffix, params string[] extraArgs) =>
        DockerCli.Run(["create", "--name", Name(suffix), "--label", Label, .. extraArgs, Image, "true"]);

    public string CreateVolume(string suffix, params string[] extraArgs) =>
        DockerCli.Run(["volume", "create", "--label", Label, .. extraArgs, Name(suffix)]);

    /// <summary>Creates a labelled network and returns its full id.</summary>
    public string CreateNetwork(string suffix, params string[] extraArgs) =>
        DockerCli.Run(["network", "create", "--label", Label, .. extraArgs, Name(suffix)]);

    public void Dispose()
    {
        try
        {
            string[] ids = DockerCli.Lines("ps", "-aq", "--no-trunc", "--filter", "label=" + Label);
            if (ids.Length > 0)
            {
                DockerCli.Run(["rm", "-f", "-v", .. ids]);
            }
            // Networks after containers: a network with attached containers cannot go.
            string[] networks = DockerCli.Lines("network", "ls", "-q", "--filter", "label=" + Label);
            if (networks.Length > 0)
            {
                DockerCli.Run(["network", "rm", .. networks]);
            }
            string[] images = DockerCli.Lines("images", "-aq", "--no-trunc", "--filter", "label=" + Label);
            if (images.Length > 0)
            {
                DockerCli.Run(["rmi", "-f", .. images.Distinct()]);
            }
            string[] volumes = DockerCli.Lines("volume", "ls", "-q", "--filter", "label=" + Label);
            if (volumes.Length > 0)
            {
                DockerCli.Run(["volume", "rm", "-f", .. volumes]);
            }
        }
        catch (InvalidOperationException)
        {
            // Cleanup is best effort; a failing test has already said what went wrong.
        }
    }
}
